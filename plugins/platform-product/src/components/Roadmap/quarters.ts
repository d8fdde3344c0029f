import { RoadmapLane } from 'backstage-plugin-platform-product-common';
import { Translate } from '../../translation';

/** A calendar quarter: `quarter` 1 to 4. */
export interface Quarter {
  year: number;
  quarter: number;
}

/** The calendar quarter `offset` quarters after the one `date` lies in (UTC). */
export function quarterAfter(date: Date, offset: number): Quarter {
  const index =
    date.getUTCFullYear() * 4 + Math.floor(date.getUTCMonth() / 3) + offset;
  return { year: Math.floor(index / 4), quarter: (index % 4) + 1 };
}

/** How many quarters from now each scheduled lane is planned for; Exploring is not scheduled. */
const laneOffsets: Partial<Record<RoadmapLane, number>> = {
  now: 0,
  next: 1,
  later: 2,
};

/**
 * The period a lane stands for on the timeline: Now is this quarter ("Q4 2026"), Next the next
 * one, Later any quarter after that ("From Q2 2027"), Exploring none ("Not scheduled").
 */
export function lanePeriod(t: Translate, lane: RoadmapLane, now: Date): string {
  const offset = laneOffsets[lane];
  if (offset === undefined) return t('roadmap.timeline.unscheduled');
  const { year, quarter: number } = quarterAfter(now, offset);
  const quarter = t('roadmap.timeline.quarter', {
    quarter: String(number),
    year: String(year),
  });
  return lane === 'later' ? t('roadmap.timeline.from', { quarter }) : quarter;
}
