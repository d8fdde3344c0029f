import { Box, Chip } from '@material-ui/core';

/** "CI", "Observability" as small chips. */
export function FocusAreaChips(props: { areas: string[] }) {
  return (
    <Box display="flex" flexWrap="wrap" style={{ gap: 4 }}>
      {props.areas.map(area => (
        <Chip key={area} size="small" variant="outlined" label={area} />
      ))}
    </Box>
  );
}
