import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { roadmapLanes, Tool } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { useLaneTitles } from '../shared/laneTitles';
import {
  ListFilters,
  ListView,
  RoadmapSort,
  roadmapSorts,
} from './roadmapParams';
import { FilterBar, FilterSelect, refOptions } from '../shared/FilterSelect';

/** An entity to filter by: its ref and what to call it. */
export interface RefOption {
  ref: string;
  title: string;
}

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
  const { t } = useTranslationRef(platformProductTranslationRef);
  const laneTitles = useLaneTitles();
  return (
    <FilterBar>
      {view === 'list' && (
        <FilterSelect
          id="roadmap-filter-lane"
          label={t('roadmap.fields.lane')}
          value={filters.lane ?? ''}
          onChange={lane =>
            onChange({ lane: (lane || undefined) as ListFilters['lane'] })
          }
        >
          <option value="">{t('roadmap.filters.allLanes')}</option>
          {roadmapLanes.map(lane => (
            <option key={lane} value={lane}>
              {laneTitles[lane]}
            </option>
          ))}
        </FilterSelect>
      )}
      <FilterSelect
        id="roadmap-filter-tool"
        label={t('roadmap.filters.tool')}
        value={filters.toolRef ?? ''}
        onChange={toolRef => onChange({ toolRef: toolRef || undefined })}
      >
        <option value="">{t('roadmap.filters.allTools')}</option>
        {refOptions(props.tools, filters.toolRef)}
      </FilterSelect>
      <FilterSelect
        id="roadmap-filter-owner"
        label={t('roadmap.fields.owningTeam')}
        value={filters.ownerRef ?? ''}
        onChange={ownerRef => onChange({ ownerRef: ownerRef || undefined })}
      >
        <option value="">{t('roadmap.filters.allOwners')}</option>
        {refOptions(props.owners, filters.ownerRef)}
      </FilterSelect>
      <FilterSelect
        id="roadmap-filter-requester"
        label={t('roadmap.fields.requestedBy')}
        value={filters.requestingTeamRef ?? ''}
        onChange={requestingTeamRef =>
          onChange({ requestingTeamRef: requestingTeamRef || undefined })
        }
      >
        <option value="">{t('roadmap.filters.anyTeam')}</option>
        {refOptions(props.teams, filters.requestingTeamRef)}
      </FilterSelect>
      <FilterSelect
        id="roadmap-filter-sort"
        label={t('roadmap.filters.sort')}
        value={filters.sort}
        onChange={sort => onChange({ sort: sort as RoadmapSort })}
      >
        {roadmapSorts.map(sort => (
          <option key={sort} value={sort}>
            {t(`roadmap.filters.sorts.${sort}`)}
          </option>
        ))}
      </FilterSelect>
    </FilterBar>
  );
}
