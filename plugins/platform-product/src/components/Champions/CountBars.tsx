import { ReactNode, useId } from 'react';
import { Box, LinearProgress, Typography } from '@material-ui/core';

/** A titled list of rows, each a label, a bar filled to `percent` and a figure. */
export function Bars(props: {
  title: string;
  rows: { key: string; label: ReactNode; percent: number; figure: ReactNode }[];
}) {
  const id = useId();
  return (
    <>
      <Typography variant="subtitle1" component="h4" id={id}>
        {props.title}
      </Typography>
      <Box component="ul" aria-labelledby={id} p={0} m={0}>
        {props.rows.map(row => (
          <Box
            component="li"
            key={row.key}
            display="flex"
            alignItems="center"
            py={0.5}
            style={{ gap: 16, listStyle: 'none' }}
          >
            <Typography variant="body2" style={{ flex: '0 0 40%' }}>
              {row.label}
            </Typography>
            <Box flexGrow={1}>
              <LinearProgress
                variant="determinate"
                value={row.percent}
                aria-hidden
              />
            </Box>
            <Typography variant="body2" style={{ minWidth: 24 }} align="right">
              {row.figure}
            </Typography>
          </Box>
        ))}
      </Box>
    </>
  );
}

/** A titled list of counts, each with a bar relative to the largest. */
export function CountBars(props: {
  title: string;
  rows: { key: string; label: ReactNode; count: number }[];
}) {
  const max = Math.max(1, ...props.rows.map(row => row.count));
  return (
    <Bars
      title={props.title}
      rows={props.rows.map(row => ({
        ...row,
        percent: (row.count / max) * 100,
        figure: row.count,
      }))}
    />
  );
}
