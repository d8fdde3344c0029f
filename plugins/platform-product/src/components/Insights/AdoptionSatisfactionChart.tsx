import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Paper, Typography } from '@material-ui/core';
import {
  ToolInsight,
  ToolInsights,
} from 'backstage-plugin-platform-product-common';
import {
  CartesianGrid,
  LabelList,
  LabelProps,
  Legend,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  TooltipProps,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts';
import { platformProductTranslationRef } from '../../translation';
import { formatPercent } from '../shared/format';
import { formatActiveAdoption, formatRating } from './format';
import { describeChart, groupTools, JudgedTool } from './quadrants';
import { useChartTheme } from './useChartTheme';

interface Point {
  x: number;
  y: number;
  z: number;
  tool: ToolInsight;
}

const pointsOf = (tools: JudgedTool[]): Point[] =>
  tools.map(tool => ({
    x: Math.round(tool.activeAdoption.rate * 100),
    y: tool.rating.average,
    z: tool.rating.count,
    tool,
  }));

/** A tool's point, sized by its number of ratings. */
function pointShape(color: string) {
  return (props: {
    cx?: number;
    cy?: number;
    width?: number;
    payload?: Point;
  }) => (
    <circle
      data-testid={`point-${props.payload?.tool.toolRef}`}
      cx={props.cx}
      cy={props.cy}
      r={(props.width ?? 8) / 2}
      fill={color}
      fillOpacity={0.7}
      stroke={color}
      strokeWidth={1}
    />
  );
}

function PointTooltip(props: TooltipProps<number, string>) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const point = props.active && (props.payload?.[0]?.payload as Point);
  if (!point) return null;
  const { tool } = point;
  return (
    <Paper variant="outlined" style={{ padding: 8 }}>
      <Typography variant="subtitle2">{tool.title}</Typography>
      <Typography variant="body2">
        {t('insights.satisfaction.tooltipAdoption', {
          adoption: formatActiveAdoption(t, tool.activeAdoption),
        })}
      </Typography>
      <Typography variant="body2">
        {t('insights.satisfaction.tooltipRating', {
          rating: formatRating(tool.rating),
        })}
      </Typography>
    </Paper>
  );
}

/**
 * Adoption (x) against average rating (y) per tool, sized by the number of ratings and labelled
 * with the tool's title, split into
 * quadrants at the thresholds. Tools rated by fewer than the minimum group size have no point:
 * the server sends no rating for them (the card lists them under the chart).
 */
export function AdoptionSatisfactionChart(props: { insights: ToolInsights }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { insights } = props;
  const { palette, axis, grid, legend } = useChartTheme();
  const { judged } = groupTools(insights.tools);
  const x = Math.round(insights.thresholds.adoption * 100);
  const y = insights.thresholds.rating;
  const quadrantLabel = (value: string, position: LabelProps['position']) => ({
    value,
    position,
    fill: palette.text.secondary,
    fontSize: 12,
  });
  const series = [
    {
      name: t('insights.satisfaction.judged'),
      tools: judged.filter(tool => !tool.captive),
      color: palette.primary.main,
    },
    {
      name: t('insights.captive.series'),
      tools: judged.filter(tool => tool.captive),
      color: palette.error.main,
    },
  ];

  return (
    <div role="img" aria-label={describeChart(insights, t)}>
      <ResponsiveContainer width="100%" height={360}>
        <ScatterChart margin={{ top: 16, right: 24, bottom: 16, left: 0 }}>
          <CartesianGrid {...grid} />
          <XAxis
            type="number"
            dataKey="x"
            name={t('insights.fields.activeAdoption')}
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            tickFormatter={(value: number) => formatPercent(value / 100)}
            {...axis}
          />
          <YAxis
            type="number"
            dataKey="y"
            name={t('insights.fields.averageRating')}
            domain={[1, 5]}
            ticks={[1, 2, 3, 4, 5]}
            {...axis}
          />
          <ZAxis
            type="number"
            dataKey="z"
            name={t('insights.fields.ratings')}
            range={[60, 600]}
          />
          <ReferenceArea
            x1={x}
            x2={100}
            y1={y}
            y2={5}
            fillOpacity={0}
            label={quadrantLabel(
              t('insights.quadrants.lovedUsed'),
              'insideTopRight',
            )}
          />
          <ReferenceArea
            x1={0}
            x2={x}
            y1={y}
            y2={5}
            fillOpacity={0}
            label={quadrantLabel(
              t('insights.quadrants.lovedNotUsed'),
              'insideTopLeft',
            )}
          />
          <ReferenceArea
            x1={x}
            x2={100}
            y1={1}
            y2={y}
            fillOpacity={0}
            label={quadrantLabel(
              t('insights.quadrants.usedNotLoved'),
              'insideBottomRight',
            )}
          />
          <ReferenceArea
            x1={0}
            x2={x}
            y1={1}
            y2={y}
            fillOpacity={0}
            label={quadrantLabel(
              t('insights.quadrants.neither'),
              'insideBottomLeft',
            )}
          />
          <ReferenceLine
            x={x}
            stroke={palette.text.secondary}
            strokeDasharray="4 4"
          />
          <ReferenceLine
            y={y}
            stroke={palette.text.secondary}
            strokeDasharray="4 4"
          />
          <Tooltip
            cursor={{ strokeDasharray: '3 3' }}
            content={<PointTooltip />}
          />
          <Legend {...legend} />
          {series.map(({ name, tools, color }) => (
            <Scatter
              key={name}
              name={name}
              data={pointsOf(tools)}
              fill={color}
              legendType="circle"
              shape={pointShape(color)}
              isAnimationActive={false}
            >
              {/* Each point names its tool: the colours only tell the series apart. */}
              <LabelList
                dataKey={point => (point as Point).tool.title}
                position="right"
                offset={10}
                fill={palette.text.primary}
                fontSize={11}
              />
            </Scatter>
          ))}
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
