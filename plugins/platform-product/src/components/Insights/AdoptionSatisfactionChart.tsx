import { Paper, Typography } from '@material-ui/core';
import {
  ToolInsight,
  ToolInsights,
} from 'backstage-plugin-platform-product-common';
import {
  CartesianGrid,
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
import { formatPercent } from '../Surveys/format';
import { formatAdoption, formatRating } from './format';
import { describeChart, groupTools } from './quadrants';
import { useChartTheme } from './useChartTheme';

interface Point {
  x: number;
  y: number;
  z: number;
  tool: ToolInsight;
}

const pointsOf = (tools: ToolInsight[]): Point[] =>
  tools.map(tool => ({
    x: Math.round(tool.adoption.rate * 100),
    y: tool.rating.average ?? 0,
    z: tool.rating.count,
    tool,
  }));

/** A tool's point: filled when its rating can be judged, hollow (stroke only) otherwise. */
function pointShape(color: string, hollow: boolean) {
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
      fill={hollow ? 'none' : color}
      fillOpacity={0.7}
      stroke={color}
      strokeWidth={hollow ? 2 : 1}
    />
  );
}

function PointTooltip(
  props: TooltipProps<number, string> & { minGroupSize: number },
) {
  const point = props.active && (props.payload?.[0]?.payload as Point);
  if (!point) return null;
  const { tool } = point;
  return (
    <Paper variant="outlined" style={{ padding: 8 }}>
      <Typography variant="subtitle2">{tool.title}</Typography>
      <Typography variant="body2">
        Adoption: {formatAdoption(tool.adoption)}
      </Typography>
      <Typography variant="body2">
        Average rating: {formatRating(tool.rating)}
      </Typography>
      {!tool.enoughRatings && (
        <Typography variant="body2" color="textSecondary">
          Too few ratings to judge (fewer than {props.minGroupSize})
        </Typography>
      )}
    </Paper>
  );
}

/**
 * Adoption (x) against average rating (y) per tool, sized by the number of ratings, split into
 * quadrants at the thresholds. Tools with too few ratings are hollow and never flagged.
 */
export function AdoptionSatisfactionChart(props: { insights: ToolInsights }) {
  const { insights } = props;
  const { palette, axis, grid, legend } = useChartTheme();
  const { judged, tooFew } = groupTools(insights.tools);
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
      name: 'Rated by enough people',
      tools: judged.filter(t => !t.captive),
      color: palette.primary.main,
      hollow: false,
    },
    {
      name: 'Captive audience',
      tools: judged.filter(t => t.captive),
      color: palette.error.main,
      hollow: false,
    },
    {
      name: 'Too few ratings (hollow)',
      tools: tooFew,
      color: palette.text.secondary,
      hollow: true,
    },
  ];

  return (
    <div role="img" aria-label={describeChart(insights)}>
      <ResponsiveContainer width="100%" height={360}>
        <ScatterChart margin={{ top: 16, right: 24, bottom: 16, left: 0 }}>
          <CartesianGrid {...grid} />
          <XAxis
            type="number"
            dataKey="x"
            name="Adoption"
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            tickFormatter={(value: number) => formatPercent(value / 100)}
            {...axis}
          />
          <YAxis
            type="number"
            dataKey="y"
            name="Average rating"
            domain={[1, 5]}
            ticks={[1, 2, 3, 4, 5]}
            {...axis}
          />
          <ZAxis type="number" dataKey="z" name="Ratings" range={[60, 600]} />
          <ReferenceArea
            x1={x}
            x2={100}
            y1={y}
            y2={5}
            fillOpacity={0}
            label={quadrantLabel('Loved and used', 'insideTopRight')}
          />
          <ReferenceArea
            x1={0}
            x2={x}
            y1={y}
            y2={5}
            fillOpacity={0}
            label={quadrantLabel('Loved, not yet used', 'insideTopLeft')}
          />
          <ReferenceArea
            x1={x}
            x2={100}
            y1={1}
            y2={y}
            fillOpacity={0}
            label={quadrantLabel(
              'Used, not loved — captive?',
              'insideBottomRight',
            )}
          />
          <ReferenceArea
            x1={0}
            x2={x}
            y1={1}
            y2={y}
            fillOpacity={0}
            label={quadrantLabel('Neither', 'insideBottomLeft')}
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
            content={<PointTooltip minGroupSize={insights.minGroupSize} />}
          />
          <Legend {...legend} />
          {series.map(({ name, tools, color, hollow }) => (
            <Scatter
              key={name}
              name={name}
              data={pointsOf(tools)}
              fill={color}
              legendType="circle"
              shape={pointShape(color, hollow)}
              isAnimationActive={false}
            />
          ))}
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
