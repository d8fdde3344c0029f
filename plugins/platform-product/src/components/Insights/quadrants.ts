import {
  ToolInsight,
  ToolInsights,
} from 'backstage-plugin-platform-product-common';

export type Quadrant =
  | 'lovedUsed'
  | 'lovedNotUsed'
  | 'usedNotLoved'
  | 'neither';

export const quadrantLabels: Record<Quadrant, string> = {
  lovedUsed: 'Loved and used',
  lovedNotUsed: 'Loved, not yet used',
  usedNotLoved: 'Used, not loved — captive?',
  neither: 'Neither',
};

/** Where a rated tool falls against the thresholds of adoption and average rating. */
export function quadrantOf(
  tool: ToolInsight,
  thresholds: ToolInsights['thresholds'],
): Quadrant {
  const used = tool.adoption.rate >= thresholds.adoption;
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
export function describeChart(insights: ToolInsights): string {
  const { judged, hidden } = groupTools(insights.tools);
  const names = (tools: ToolInsight[]) =>
    tools.length ? tools.map(t => t.title).join(', ') : 'none';
  const quadrants = (Object.keys(quadrantLabels) as Quadrant[]).map(
    quadrant =>
      `${quadrantLabels[quadrant]}: ${names(
        judged.filter(t => quadrantOf(t, insights.thresholds) === quadrant),
      )}.`,
  );
  return [
    `Adoption against average rating of ${insights.tools.length} tools.`,
    ...quadrants,
    `Fewer than ${insights.minGroupSize} ratings, not drawn: ${names(hidden)}.`,
  ].join(' ');
}
