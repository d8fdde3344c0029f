import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Typography } from '@material-ui/core';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { platformProductTranslationRef } from '../../translation';
import { formatDay } from '../shared/format';
import { Translate } from '../../translation';
import { TrendPoint, trendEnds } from './trendSeries';
import { lineStyleOf, useChartTheme } from './useChartTheme';

/** "Adoption: CI Pipelines from 85 % on Mar 1, 2026 to 92 % on Mar 30, 2026; …". */
function describe(
  t: Translate,
  title: string,
  points: TrendPoint[],
  tools: { toolRef: string; title: string }[],
  format: (value: number) => string,
  missing: string,
) {
  const parts = tools.map(tool => {
    const ends = trendEnds(points, tool.toolRef);
    return ends
      ? t('insights.trends.line', {
          tool: tool.title,
          first: format(ends.first.value),
          firstDay: formatDay(ends.first.day),
          last: format(ends.last.value),
          lastDay: formatDay(ends.last.day),
        })
      : t('insights.trends.lineMissing', { tool: tool.title, missing });
  });
  return `${title}: ${parts.join('; ')}`;
}

/**
 * One line per tool over days, themed, with a summary of each line for screen readers
 * (`missing` says why a tool has no value at all: "no data" unless told).
 */
export function TrendChart(props: {
  title: string;
  points: TrendPoint[];
  tools: { toolRef: string; title: string }[];
  domain: [number, number];
  ticks: number[];
  format: (value: number) => string;
  missing?: string;
}) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { title, points, tools, domain, ticks, format } = props;
  const missing = props.missing ?? t('insights.trends.noData');
  const { axis, grid, tooltip, legend, series } = useChartTheme();
  return (
    <>
      <Typography variant="h6" component="h4">
        {title}
      </Typography>
      <div
        role="img"
        aria-label={describe(t, title, points, tools, format, missing)}
      >
        <ResponsiveContainer width="100%" height={260}>
          <LineChart data={points} margin={{ top: 16, right: 24, left: 0 }}>
            <CartesianGrid {...grid} />
            <XAxis dataKey="day" tickFormatter={formatDay} {...axis} />
            <YAxis
              domain={domain}
              ticks={ticks}
              tickFormatter={format}
              {...axis}
            />
            <Tooltip
              labelFormatter={formatDay}
              formatter={(value: number) => format(value)}
              {...tooltip}
            />
            <Legend {...legend} />
            {tools.map((tool, index) => (
              <Line
                key={tool.toolRef}
                type="monotone"
                dataKey={(point: TrendPoint) => point.values[tool.toolRef]}
                name={tool.title}
                stroke={series[index % series.length]}
                {...lineStyleOf(index)}
                strokeWidth={2}
                dot={false}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </>
  );
}
