import { Box, Chip } from '@material-ui/core';

/** The tools an item links, by title (their ref until the titles are loaded). */
export function ToolChips(props: {
  toolRefs: string[];
  toolTitles: Map<string, string>;
}) {
  if (!props.toolRefs.length) {
    return null;
  }
  return (
    <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
      {props.toolRefs.map(ref => (
        <Chip
          key={ref}
          size="small"
          variant="outlined"
          label={props.toolTitles.get(ref) ?? ref}
        />
      ))}
    </Box>
  );
}
