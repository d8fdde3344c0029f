import {
  Box,
  FormControlLabel,
  FormHelperText,
  Switch,
} from '@material-ui/core';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Tool } from 'backstage-plugin-platform-product-common';
import { useViewer } from '../../hooks/useViewer';
import { platformProductTranslationRef } from '../../translation';
import {
  AgeFilter,
  ageFilters,
  InboxFilters,
  SortOrder,
  sortOrders,
  StatusFilter,
  statusFilters,
} from './inboxFilters';
import {
  FilterBar,
  FilterSelect,
  refOptions,
  TextFilter,
} from '../shared/FilterSelect';

/** Items assigned to anyone, to nobody, to the reader, or to whoever the URL names. */
function AssigneeFilter(props: {
  value?: string;
  onChange: (assignee?: string) => void;
}) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const me = useViewer().value?.userRef;
  const other = props.value && props.value !== 'none' && props.value !== me;
  return (
    <FilterSelect
      id="feedback-filter-assignee"
      label={t('feedback.filters.assignee')}
      value={props.value ?? ''}
      onChange={assignee => props.onChange(assignee || undefined)}
    >
      <option value="">{t('feedback.filters.assignees.anyone')}</option>
      <option value="none">{t('feedback.filters.assignees.nobody')}</option>
      {me && <option value={me}>{t('feedback.filters.assignees.me')}</option>}
      {other && <option value={props.value}>{props.value}</option>}
    </FilterSelect>
  );
}

/**
 * Tool, status, age, sort order, assignee, tag and "Only mine" of the feedback inbox. "Only mine" lists the
 * items sent under the reader's name: anonymous items are never listed as anyone's.
 */
export function InboxFilterBar(props: {
  filters: InboxFilters;
  tools: Tool[];
  onChange: (change: Partial<InboxFilters>) => void;
}) {
  const { filters, tools, onChange } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  const statusLabel = (status: StatusFilter) =>
    status === 'open' || status === 'all'
      ? t(`feedback.filters.statuses.${status}`)
      : t(`feedback.statuses.${status}`);
  return (
    <FilterBar>
      <FilterSelect
        id="feedback-filter-tool"
        label={t('feedback.tool')}
        value={filters.toolRef ?? ''}
        onChange={toolRef => onChange({ toolRef: toolRef || undefined })}
      >
        <option value="">{t('feedback.filters.allTools')}</option>
        {refOptions(tools, filters.toolRef)}
      </FilterSelect>
      <FilterSelect
        id="feedback-filter-status"
        label={t('feedback.status')}
        value={filters.status}
        onChange={status => onChange({ status: status as StatusFilter })}
      >
        {statusFilters.map(status => (
          <option key={status} value={status}>
            {statusLabel(status)}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        id="feedback-filter-age"
        label={t('feedback.filters.age')}
        value={filters.age}
        onChange={age => onChange({ age: age as AgeFilter })}
      >
        {ageFilters.map(age => (
          <option key={age} value={age}>
            {t(`feedback.filters.ages.${age}`)}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        id="feedback-filter-sort"
        label={t('feedback.filters.sort')}
        value={filters.sort}
        onChange={sort => onChange({ sort: sort as SortOrder })}
      >
        {sortOrders.map(sort => (
          <option key={sort} value={sort}>
            {t(`feedback.filters.sorts.${sort}`)}
          </option>
        ))}
      </FilterSelect>
      <AssigneeFilter
        value={filters.assignee}
        onChange={assignee => onChange({ assignee })}
      />
      <TextFilter
        id="feedback-filter-tag"
        label={t('feedback.filters.tag')}
        value={filters.tag}
        maxLength={40}
        normalise={tag => tag.toLocaleLowerCase('en-US')}
        onChange={tag => onChange({ tag })}
      />
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
          label={t('feedback.filters.mine')}
        />
        <FormHelperText id="feedback-filter-mine-help" style={{ marginTop: 0 }}>
          {t('feedback.filters.mineHelp')}
        </FormHelperText>
      </Box>
    </FilterBar>
  );
}
