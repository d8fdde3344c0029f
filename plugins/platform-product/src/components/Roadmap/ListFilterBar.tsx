import { roadmapLanes, Tool } from 'backstage-plugin-platform-product-common';
import { useLaneTitles } from './laneTitles';
import {
  ListFilters,
  ListView,
  RoadmapSort,
  roadmapSorts,
} from './roadmapParams';
import { FilterBar, FilterSelect, refOptions } from '../FilterSelect';

const sortLabels: Record<RoadmapSort, string> = {
  rice: 'Highest RICE score',
  votes: 'Most votes',
  newest: 'Newest',
  updated: 'Recently changed',
};

/** An entity to filter by: its ref and what to call it. */
export interface RefOption {
  ref: string;
  title: string;
}

/** Options for `value` among `options`, keeping a value from the URL that is not one of them. */

/** Lane (active items only), tool, owning team, requesting team and sort order of a list. */
export function ListFilterBar(props: {
  view: ListView;
  filters: ListFilters;
  tools: Tool[];
  owners: RefOption[];
  teams: RefOption[];
  onChange: (change: Partial<ListFilters>) => void;
}) {
  const { view, filters, onChange } = props;
  const laneTitles = useLaneTitles();
  return (
    <FilterBar>
      {view === 'list' && (
        <FilterSelect
          id="roadmap-filter-lane"
          label="Lane"
          value={filters.lane ?? ''}
          onChange={lane =>
            onChange({ lane: (lane || undefined) as ListFilters['lane'] })
          }
        >
          <option value="">All lanes</option>
          {roadmapLanes.map(lane => (
            <option key={lane} value={lane}>
              {laneTitles[lane]}
            </option>
          ))}
        </FilterSelect>
      )}
      <FilterSelect
        id="roadmap-filter-tool"
        label="Tool"
        value={filters.toolRef ?? ''}
        onChange={toolRef => onChange({ toolRef: toolRef || undefined })}
      >
        <option value="">All tools</option>
        {refOptions(props.tools, filters.toolRef)}
      </FilterSelect>
      <FilterSelect
        id="roadmap-filter-owner"
        label="Owning team"
        value={filters.ownerRef ?? ''}
        onChange={ownerRef => onChange({ ownerRef: ownerRef || undefined })}
      >
        <option value="">All owners</option>
        {refOptions(props.owners, filters.ownerRef)}
      </FilterSelect>
      <FilterSelect
        id="roadmap-filter-requester"
        label="Requested by"
        value={filters.requestingTeamRef ?? ''}
        onChange={requestingTeamRef =>
          onChange({ requestingTeamRef: requestingTeamRef || undefined })
        }
      >
        <option value="">Any team</option>
        {refOptions(props.teams, filters.requestingTeamRef)}
      </FilterSelect>
      <FilterSelect
        id="roadmap-filter-sort"
        label="Sort by"
        value={filters.sort}
        onChange={sort => onChange({ sort: sort as RoadmapSort })}
      >
        {roadmapSorts.map(sort => (
          <option key={sort} value={sort}>
            {sortLabels[sort]}
          </option>
        ))}
      </FilterSelect>
    </FilterBar>
  );
}
