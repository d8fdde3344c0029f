import { FormControlLabel, Switch } from '@material-ui/core';
import {
  ChangelogCategory,
  changelogCategories,
  Tool,
} from 'backstage-plugin-platform-product-common';
import { ChangelogFilters } from './changelogFilters';
import { FilterBar, FilterSelect, refOptions } from '../FilterSelect';
import { categoryLabels } from './format';

/** Tool, category and "Tools my teams use" of the changelog. */
export function ChangelogFilterBar(props: {
  filters: ChangelogFilters;
  tools: Tool[];
  onChange: (change: Partial<ChangelogFilters>) => void;
}) {
  const { filters, tools, onChange } = props;
  return (
    <FilterBar>
      <FilterSelect
        id="changelog-filter-tool"
        label="Tool"
        value={filters.toolRef ?? ''}
        onChange={value => onChange({ toolRef: value || undefined })}
      >
        <option value="">All tools</option>
        {refOptions(tools, filters.toolRef)}
      </FilterSelect>
      <FilterSelect
        id="changelog-filter-category"
        label="Category"
        value={filters.category ?? ''}
        onChange={value =>
          onChange({ category: (value || undefined) as ChangelogCategory })
        }
      >
        <option value="">All categories</option>
        {changelogCategories.map(category => (
          <option key={category} value={category}>
            {categoryLabels[category]}
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
        label="Tools my teams use"
      />
    </FilterBar>
  );
}
