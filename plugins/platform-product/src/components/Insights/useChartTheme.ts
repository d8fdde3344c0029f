import { CSSProperties, useMemo } from 'react';
import { Theme, useTheme } from '@material-ui/core';

export interface ChartTheme {
  palette: Theme['palette'];
  axis: {
    stroke: string;
    tick: { fill: string; fontSize?: CSSProperties['fontSize'] };
  };
  grid: { stroke: string; strokeDasharray: string };
  tooltip: { contentStyle: CSSProperties };
  legend: { wrapperStyle: CSSProperties };
  series: string[];
}

/** Recharts props from the app's theme, so that charts follow light and dark themes. */
export function useChartTheme(): ChartTheme {
  const { palette, typography } = useTheme();
  return useMemo(
    () => ({
      palette,
      axis: {
        stroke: palette.text.secondary,
        tick: {
          fill: palette.text.secondary,
          fontSize: typography.caption.fontSize,
        },
      },
      grid: { stroke: palette.divider, strokeDasharray: '3 3' },
      tooltip: {
        contentStyle: {
          backgroundColor: palette.background.paper,
          borderColor: palette.divider,
          color: palette.text.primary,
        },
      },
      legend: { wrapperStyle: { color: palette.text.primary } },
      /** One colour per series; each line also has its own dash and marker (`lineStyleOf`). */
      series: [
        palette.primary.main,
        palette.secondary.main,
        palette.success.main,
        palette.warning.main,
        palette.info.main,
        palette.error.main,
      ],
    }),
    [palette, typography],
  );
}

/** Dash patterns of lines: solid, dashed, dotted, dash-dot, long dashes, sparse dots. */
const DASHES = [undefined, '8 4', '2 3', '10 3 2 3', '14 4', '1 5'];
/** Legend and point markers, one per dash pattern. */
const MARKERS = [
  'circle',
  'square',
  'diamond',
  'triangle',
  'star',
  'cross',
] as const;

/**
 * How line `index` looks besides its colour (`series[index % 6]`): a dash pattern and a
 * marker, both different for each of the first six lines and shifted for the next six, so
 * that no two of the first 36 lines look alike, also in black and white.
 */
export function lineStyleOf(index: number) {
  const style = (index + Math.floor(index / 6)) % DASHES.length;
  return { strokeDasharray: DASHES[style], legendType: MARKERS[style] };
}
