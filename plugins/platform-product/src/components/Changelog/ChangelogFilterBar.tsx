import { Box, FormControlLabel, Switch, TextField } from '@material-ui/core';
import {
  ChangelogCategory,
  changelogCategories,
  Tool,
} from 'backstage-plugin-platform-product-common';
import { ChangelogFilters } from './changelogFilters';
import { categoryLabels } from './format';

const select = {
  select: true,
  SelectProps: { native: true },
  // Native selects always show a value ("All tools" is an empty one): keep the label up.
  InputLabelProps: { shrink: true },
  variant: 'outlined',
  size: 'small',
  style: { minWidth: 180 },
} as const;

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
      <TextField
        {...select}
        id="changelog-filter-tool"
        label="Tool"
        value={filters.toolRef ?? ''}
        onChange={e => onChange({ toolRef: e.target.value || undefined })}
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
      </TextField>
      <TextField
        {...select}
        id="changelog-filter-category"
        label="Category"
        value={filters.category ?? ''}
        onChange={e =>
          onChange({
            category: (e.target.value || undefined) as ChangelogCategory,
          })
        }
      >
        <option value="">All categories</option>
        {changelogCategories.map(category => (
          <option key={category} value={category}>
            {categoryLabels[category]}
          </option>
        ))}
      </TextField>
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
