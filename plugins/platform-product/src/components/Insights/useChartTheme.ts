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
      /** One colour per series; they repeat (dashed, see `dashOf`) beyond six. */
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

/** Series after the first six repeat a colour: they are told apart by a dash pattern. */
export const dashOf = (index: number) =>
  index < 6 ? undefined : `${4 + 2 * Math.floor(index / 6)} 3`;
