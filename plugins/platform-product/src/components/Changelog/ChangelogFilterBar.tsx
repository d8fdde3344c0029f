import { Box, FormControlLabel, Switch } from '@material-ui/core';
import {
  ChangelogCategory,
  changelogCategories,
  Tool,
} from 'backstage-plugin-platform-product-common';
import { ChangelogFilters } from './changelogFilters';
import { FilterSelect } from '../FilterSelect';
import { categoryLabels } from './format';

/** Tool, category and "Tools my teams use" of the changelog. */
export function ChangelogFilterBar(props: {
  filters: ChangelogFilters;
  tools: Tool[];
  onChange: (change: Partial<ChangelogFilters>) => void;
}) {
  const { filters, tools, onChange } = props;
  const unknownTool =
    filters.toolRef && !tools.some(t => t.ref === filters.toolRef);
  return (
    <Box
      display="flex"
      flexWrap="wrap"
      alignItems="center"
      style={{ gap: 16 }}
      mb={2}
    >
      <FilterSelect
        id="changelog-filter-tool"
        label="Tool"
        value={filters.toolRef ?? ''}
        onChange={value => onChange({ toolRef: value || undefined })}
      >
        <option value="">All tools</option>
        {unknownTool && (
          <option value={filters.toolRef}>{filters.toolRef}</option>
        )}
        {tools.map(tool => (
          <option key={tool.ref} value={tool.ref}>
            {tool.title}
          </option>
        ))}
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
    </Box>
  );
}
