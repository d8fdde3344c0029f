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

/** The chart's points: judged (enough ratings), too few ratings to judge, and not rated. */
export function groupTools(tools: ToolInsight[]) {
  return {
    judged: tools.filter(t => t.enoughRatings && t.rating.average !== null),
    tooFew: tools.filter(t => !t.enoughRatings && t.rating.average !== null),
    unrated: tools.filter(t => t.rating.average === null),
  };
}

/** What the chart shows, for screen readers: the tools in each quadrant. */
export function describeChart(insights: ToolInsights): string {
  const { judged, tooFew, unrated } = groupTools(insights.tools);
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
    `Too few ratings to judge: ${names(tooFew)}.`,
    `Not rated yet: ${names(unrated)}.`,
  ].join(' ');
}
