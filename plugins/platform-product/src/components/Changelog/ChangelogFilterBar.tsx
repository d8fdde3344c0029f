import { FormControlLabel, Switch } from '@material-ui/core';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  ChangelogCategory,
  changelogCategories,
  Tool,
} from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { ChangelogFilters, SEARCH_MAX } from './changelogFilters';
import {
  FilterBar,
  FilterSelect,
  refOptions,
  TextFilter,
} from '../shared/FilterSelect';

/** Text search, tool, category and "Tools my teams use" of the changelog. */
export function ChangelogFilterBar(props: {
  filters: ChangelogFilters;
  tools: Tool[];
  onChange: (change: Partial<ChangelogFilters>) => void;
}) {
  const { filters, tools, onChange } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (
    <FilterBar>
      <TextFilter
        id="changelog-filter-search"
        label={t('changelog.filters.search')}
        value={filters.q}
        maxLength={SEARCH_MAX}
        onChange={q => onChange({ q })}
      />
      <FilterSelect
        id="changelog-filter-tool"
        label={t('changelog.filters.tool')}
        value={filters.toolRef ?? ''}
        onChange={value => onChange({ toolRef: value || undefined })}
      >
        <option value="">{t('changelog.filters.allTools')}</option>
        {refOptions(tools, filters.toolRef)}
      </FilterSelect>
      <FilterSelect
        id="changelog-filter-category"
        label={t('changelog.category')}
        value={filters.category ?? ''}
        onChange={value =>
          onChange({ category: (value || undefined) as ChangelogCategory })
        }
      >
        <option value="">{t('changelog.filters.allCategories')}</option>
        {changelogCategories.map(category => (
          <option key={category} value={category}>
            {t(`changelog.categories.${category}`)}
          </option>
        ))}
      </FilterSelect>
      <FormControlLabel
        control={
          <Switch
            checked={filters.mine}
            onChange={e => onChange({ mine: e.target.checked })}
            color="primary"
          />
        }
        label={t('changelog.filters.mine')}
      />
    </FilterBar>
  );
}
