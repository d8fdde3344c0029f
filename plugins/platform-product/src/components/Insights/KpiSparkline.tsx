import { useTheme } from '@material-ui/core';

const WIDTH = 96;
const HEIGHT = 24;

/**
 * A KPI's daily values as a small line, drawn without a chart library. Decorative: the trend
 * is also given as text beside it.
 */
export function KpiSparkline(props: { values: number[] }) {
  const theme = useTheme();
  const { values } = props;
  if (values.length < 2) return null;
  const min = Math.min(...values);
  const span = Math.max(...values) - min || 1;
  const points = values
    .map((value, i) => {
      const x = (i / (values.length - 1)) * WIDTH;
      const y = HEIGHT - 2 - ((value - min) / span) * (HEIGHT - 4);
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
  return (
    <svg
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      aria-hidden="true"
      data-testid="kpi-sparkline"
    >
      <polyline
        points={points}
        fill="none"
        stroke={theme.palette.primary.main}
        strokeWidth={2}
      />
    </svg>
  );
}
