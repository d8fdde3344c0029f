import {
  Box,
  FormControlLabel,
  FormHelperText,
  Switch,
} from '@material-ui/core';
import { Tool } from 'backstage-plugin-platform-product-common';
import { statusLabels } from './format';
import {
  AgeFilter,
  ageFilters,
  InboxFilters,
  SortOrder,
  sortOrders,
  StatusFilter,
  statusFilters,
} from './inboxFilters';
import { FilterBar, FilterSelect, refOptions } from '../FilterSelect';

const statusOptions: Record<StatusFilter, string> = {
  open: 'Open',
  all: 'All but merged',
  ...statusLabels,
};

const ageOptions: Record<AgeFilter, string> = {
  any: 'Any age',
  last7: 'Last 7 days',
  last30: 'Last 30 days',
  older30: 'Older than 30 days',
};

const sortOptions: Record<SortOrder, string> = {
  votes: 'Most +1s',
  newest: 'Newest',
  oldest: 'Oldest',
};

/**
 * Tool, status, age, sort order and "Only mine" of the feedback inbox. "Only mine" lists the
 * items sent under the reader's name: anonymous items are never listed as anyone's.
 */
export function InboxFilterBar(props: {
  filters: InboxFilters;
  tools: Tool[];
  onChange: (change: Partial<InboxFilters>) => void;
}) {
  const { filters, tools, onChange } = props;
  return (
    <FilterBar>
      <FilterSelect
        id="feedback-filter-tool"
        label="Tool"
        value={filters.toolRef ?? ''}
        onChange={toolRef => onChange({ toolRef: toolRef || undefined })}
      >
        <option value="">All tools</option>
        {refOptions(tools, filters.toolRef)}
      </FilterSelect>
      <FilterSelect
        id="feedback-filter-status"
        label="Status"
        value={filters.status}
        onChange={status => onChange({ status: status as StatusFilter })}
      >
        {statusFilters.map(status => (
          <option key={status} value={status}>
            {statusOptions[status]}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        id="feedback-filter-age"
        label="Age"
        value={filters.age}
        onChange={age => onChange({ age: age as AgeFilter })}
      >
        {ageFilters.map(age => (
          <option key={age} value={age}>
            {ageOptions[age]}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        id="feedback-filter-sort"
        label="Sort by"
        value={filters.sort}
        onChange={sort => onChange({ sort: sort as SortOrder })}
      >
        {sortOrders.map(sort => (
          <option key={sort} value={sort}>
            {sortOptions[sort]}
          </option>
        ))}
      </FilterSelect>
      <Box>
        <FormControlLabel
          control={
            <Switch
              checked={filters.mine}
              onChange={event => onChange({ mine: event.target.checked })}
              color="primary"
              inputProps={{ 'aria-describedby': 'feedback-filter-mine-help' }}
            />
          }
          label="Only mine"
        />
        <FormHelperText id="feedback-filter-mine-help" style={{ marginTop: 0 }}>
          Items you sent under your name (anonymous ones are never listed)
        </FormHelperText>
      </Box>
    </FilterBar>
  );
}
