import {
  ToolInsight,
  ToolInsights,
} from 'backstage-plugin-platform-product-common';
import { Translate } from '../../translation';

/** The quadrants, in reading order; each is named by `insights.quadrants.<quadrant>`. */
const QUADRANTS = [
  'lovedUsed',
  'lovedNotUsed',
  'usedNotLoved',
  'neither',
] as const;

export type Quadrant = (typeof QUADRANTS)[number];

/** Where a rated tool falls against the thresholds of active adoption and average rating. */
export function quadrantOf(
  tool: ToolInsight,
  thresholds: ToolInsights['thresholds'],
): Quadrant {
  const used = tool.activeAdoption.rate >= thresholds.adoption;
  const loved = (tool.rating.average ?? 0) >= thresholds.rating;
  if (loved) return used ? 'lovedUsed' : 'lovedNotUsed';
  return used ? 'usedNotLoved' : 'neither';
}

/** A tool's rating as the chart draws it: only when its figures are shown. */
export type JudgedTool = ToolInsight & {
  rating: { count: number; average: number };
};

const isJudged = (tool: ToolInsight): tool is JudgedTool =>
  tool.enoughRatings &&
  tool.rating.count !== null &&
  tool.rating.average !== null;

/**
 * The chart's points (judged: rated by enough people) and the tools it leaves out, whose
 * rating the server hides because fewer than the minimum group size rated them.
 */
export function groupTools(tools: ToolInsight[]) {
  return {
    judged: tools.filter(isJudged),
    hidden: tools.filter(t => !isJudged(t)),
  };
}

/** What the chart shows, for screen readers: the tools in each quadrant. */
export function describeChart(insights: ToolInsights, t: Translate): string {
  const { judged, hidden } = groupTools(insights.tools);
  const names = (tools: ToolInsight[]) =>
    tools.length
      ? tools.map(tool => tool.title).join(', ')
      : t('insights.satisfaction.none');
  const quadrants = QUADRANTS.map(quadrant =>
    t('insights.satisfaction.chartQuadrant', {
      quadrant: t(`insights.quadrants.${quadrant}`),
      tools: names(
        judged.filter(
          tool => quadrantOf(tool, insights.thresholds) === quadrant,
        ),
      ),
    }),
  );
  return [
    t('insights.satisfaction.chart', { count: insights.tools.length }),
    ...quadrants,
    t('insights.satisfaction.chartHidden', {
      tools: names(hidden),
    }),
  ].join(' ');
}
