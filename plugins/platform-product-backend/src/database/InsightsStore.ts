import { ToolSnapshot } from 'backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import { isSqlite } from './dialect';
import {
  medianOfBuckets,
  RESPONSE_TALLIES,
  ResponseMeasure,
} from './responseTimes';
import {
  LANE_COUNTS as ROADMAP_COUNTS,
  QUARTER_COUNTS as ROADMAP_QUARTERS,
} from './roadmapTables';

const RATING_TALLIES = 'platform_product_rating_tallies';
const FEEDBACK = 'platform_product_feedback_items';
const CHANGELOG = 'platform_product_changelog_entries';
const CHANGELOG_TOOLS = 'platform_product_changelog_tools';
const SNAPSHOTS = 'platform_product_tool_snapshots';
const SCORECARD = 'platform_product_scorecard_snapshots';
const FEEDBACK_COUNTS = 'platform_product_feedback_counts';
const MANDATED = 'platform_product_mandated_tools';
const OPEN_FEEDBACK = ['new', 'acknowledged', 'planned'];

export type Counts = Map<string, number>;

/** A set of current ratings: how many, their star sum and average, and how many are anonymous. */
export interface RatingFigures {
  count: number;
  starSum: number;
  average: number;
  anonymous: number;
}

/**
 * A day's figures of a tool as recorded, with the anonymous ratings of its rating figure
 * (undefined on days recorded before they were: unknown).
 */
export type StoredToolSnapshot = ToolSnapshot & { ratingAnonymous?: number };

/**
 * The aggregates behind the Insights tab: one grouped SQL query per figure, over the other
 * areas' tables. Date arithmetic differs between PostgreSQL and SQLite (where knex stores
 * timestamps as milliseconds), so it goes through the small dialect helpers at the bottom.
 */
export class InsightsStore {
  constructor(private readonly db: Knex) {}

  /**
   * Count, star sum, average and anonymous count of the current ratings, per tool, from the
   * maintained tallies. (There is deliberately no total over all tools: it would include the
   * tools whose figures are hidden. Sum the published ones instead.)
   */
  async ratingsByTool(): Promise<Map<string, RatingFigures>> {
    const rows = await this.db(RATING_TALLIES)
      .groupBy('tool_ref')
      .having(this.db.raw('sum(count)'), '>', 0)
      .select(
        'tool_ref',
        this.db.raw('sum(count) as count'),
        this.db.raw('sum(star_sum) as star_sum'),
        this.db.raw('sum(anonymous_count) as anonymous_count'),
      );
    return new Map(rows.map(r => [r.tool_ref, toFigures(r)]));
  }

  /**
   * Ratings of the given tools per tool and per team they count for (teams are disjoint;
   * `teamRef` is undefined for people in no team), from the maintained tallies.
   */
  async ratingsByTeam(
    toolRefs: string[],
  ): Promise<({ toolRef: string; teamRef?: string } & RatingFigures)[]> {
    if (!toolRefs.length) return [];
    const rows = await this.db(RATING_TALLIES)
      .whereIn('tool_ref', toolRefs)
      .andWhere('count', '>', 0);
    return rows.map(r => ({
      toolRef: r.tool_ref,
      teamRef: r.team_ref || undefined,
      ...toFigures(r),
    }));
  }

  /** Open feedback per tool, from the counts the feedback store maintains. */
  async openFeedbackByTool(): Promise<Counts> {
    return counts(
      await this.db(FEEDBACK_COUNTS)
        .whereIn('status', OPEN_FEEDBACK)
        .groupBy('tool_ref')
        .having(this.db.raw('sum(count)'), '>', 0)
        .select('tool_ref as key', this.db.raw('sum(count) as count')),
    );
  }

  async openFeedbackBy(userRefs: string[]) {
    const rows = await this.db(FEEDBACK)
      .whereIn('status', OPEN_FEEDBACK)
      .whereIn('author_ref', userRefs)
      .orderBy('id', 'desc')
      .limit(50)
      .select('id', 'title', 'tool_ref', 'status');
    return rows.map(r => ({
      id: Number(r.id),
      title: r.title,
      toolRef: r.tool_ref,
      status: r.status,
    }));
  }

  /** Active, non-early-access roadmap items in the Now lane, per linked tool (maintained counts). */
  async roadmapNowByTool(): Promise<Counts> {
    return counts(
      await this.db(ROADMAP_COUNTS)
        .whereNot('tool_ref', '')
        .andWhere({ status: 'active', lane: 'now', early_access: false })
        .select('tool_ref as key', 'count'),
    );
  }

  /** Date of the latest public changelog entry, per linked tool. */
  async lastChangelogByTool(now: Date): Promise<Map<string, string>> {
    const rows = await this.db(CHANGELOG_TOOLS)
      .join(CHANGELOG, `${CHANGELOG}.id`, `${CHANGELOG_TOOLS}.entry_id`)
      .where('status', 'published')
      .whereNull('deleted_at')
      .andWhere(q =>
        q.where('early_access', false).orWhere('early_access_until', '<=', now),
      )
      .groupBy('tool_ref')
      .select('tool_ref', this.db.raw('max(published_at) as latest'));
    return new Map(
      rows.map(r => [r.tool_ref, new Date(r.latest).toISOString()]),
    );
  }

  /**
   * Median seconds from feedback to the first maintainer response, and to shipped/declined,
   * from the histogram the feedback store maintains (to 0.1 h under two days).
   */
  async feedbackResponseTimes() {
    const rows = await this.db(RESPONSE_TALLIES)
      .where('count', '>', 0)
      .select('measure', 'bucket', 'count');
    const of = (measure: ResponseMeasure) =>
      medianOfBuckets(
        rows
          .filter(r => r.measure === measure)
          .map(r => ({ bucket: Number(r.bucket), count: Number(r.count) })),
      );
    return {
      firstResponse: of('first_response'),
      finalStatus: of('final_status'),
    };
  }

  /** Roadmap items shipped and killed per quarter ("2026-Q3"), oldest first (maintained counts). */
  async roadmapByQuarter(): Promise<
    { quarter: string; shipped: number; killed: number }[]
  > {
    const rows = await this.db(ROADMAP_QUARTERS)
      .where('count', '>', 0)
      .select('quarter', 'status', 'count');
    const quarters = [...new Set(rows.map(r => String(r.quarter)))].sort();
    const countIn = (quarter: string, status: string) =>
      Number(
        rows.find(r => r.quarter === quarter && r.status === status)?.count ??
          0,
      );
    return quarters.map(quarter => ({
      quarter,
      shipped: countIn(quarter, 'shipped'),
      killed: countIn(quarter, 'killed'),
    }));
  }

  /** Public changelog entries and their "helpful" marks per week (Monday), since a date. */
  async changelogByWeek(since: Date, now: Date) {
    const week = weekOf(this.db, 'published_at');
    const rows = await this.db(CHANGELOG)
      .where('status', 'published')
      .whereNull('deleted_at')
      .andWhere('published_at', '>=', since)
      .andWhere(q =>
        q.where('early_access', false).orWhere('early_access_until', '<=', now),
      )
      .groupByRaw(week)
      .orderByRaw(week)
      .select(
        this.db.raw(`${week} as week`),
        this.db.raw('count(*) as entries'),
        this.db.raw('sum(helpful_count) as helpful'),
      );
    return rows.map(r => ({
      week: String(r.week),
      entries: Number(r.entries),
      helpful: Number(r.helpful ?? 0),
    }));
  }

  /**
   * Records a day's figures of every tool; a later call the same day replaces them, so that
   * today's point reflects today (e.g. use reported after the first run).
   */
  async snapshotTools(
    snapshots: StoredToolSnapshot[],
    eligibleTeams: number,
  ): Promise<void> {
    if (!snapshots.length) return;
    await this.db(SNAPSHOTS)
      .insert(
        snapshots.map(s => ({
          day: s.day,
          tool_ref: s.toolRef,
          adopting_teams: s.adoptingTeams,
          active_teams: s.activeTeams,
          eligible_teams: eligibleTeams,
          rating_count: s.ratingCount,
          rating_average: s.ratingAverage,
          rating_anonymous: s.ratingAnonymous ?? null,
        })),
      )
      .onConflict(['tool_ref', 'day'])
      .merge();
  }

  /**
   * Each tool's latest snapshot at or before `day` (the latest of all without it): one query,
   * the latest day per tool joined back to its row.
   */
  async latestSnapshots(
    toolRefs: string[],
    day?: string,
  ): Promise<Map<string, StoredToolSnapshot>> {
    if (!toolRefs.length) return new Map();
    const latest = this.db(SNAPSHOTS)
      .whereIn('tool_ref', toolRefs)
      .modify(q => (day ? q.where('day', '<=', day) : q))
      .groupBy('tool_ref')
      .select('tool_ref', this.db.raw('max(day) as day'));
    const rows = await this.db(SNAPSHOTS)
      .join(latest.as('latest'), {
        'latest.tool_ref': `${SNAPSHOTS}.tool_ref`,
        'latest.day': `${SNAPSHOTS}.day`,
      })
      .select(`${SNAPSHOTS}.*`);
    return new Map(rows.map(row => [row.tool_ref, toSnapshot(row)]));
  }

  async toolSnapshots(
    sinceDay: string,
    toolRef?: string,
  ): Promise<StoredToolSnapshot[]> {
    const query = this.db(SNAPSHOTS)
      .where('day', '>=', sinceDay)
      .orderBy(['tool_ref', 'day']);
    if (toolRef) query.where('tool_ref', toolRef);
    return (await query).map(toSnapshot);
  }

  /** Records a day's value of each KPI, replacing that day's earlier values. */
  async snapshotScorecard(day: string, values: Map<string, number>) {
    if (!values.size) return;
    await this.db(SCORECARD)
      .insert([...values].map(([kpi, value]) => ({ kpi, day, value })))
      .onConflict(['kpi', 'day'])
      .merge(['value']);
  }

  /** Each KPI's daily values since a day, oldest first (a row per KPI and day). */
  async scorecardHistory(
    sinceDay: string,
  ): Promise<{ kpi: string; day: string; value: number }[]> {
    const rows = await this.db(SCORECARD)
      .where('day', '>=', sinceDay)
      .orderBy(['kpi', 'day']);
    return rows.map(r => ({ kpi: r.kpi, day: r.day, value: Number(r.value) }));
  }

  /** The tools maintainers marked mandated, with who marked them and when. */
  async mandatedTools(): Promise<Map<string, { by: string; at: string }>> {
    const rows = await this.db(MANDATED).orderBy('tool_ref');
    return new Map(
      rows.map(r => [
        r.tool_ref,
        { by: r.marked_by, at: new Date(r.marked_at).toISOString() },
      ]),
    );
  }

  /** Marks a tool mandated (again: the latest marker and time win) or not. */
  async setMandated(
    toolRef: string,
    mark: { by: string; at: Date } | null,
  ): Promise<void> {
    if (!mark) {
      await this.db(MANDATED).where({ tool_ref: toolRef }).delete();
      return;
    }
    await this.db(MANDATED)
      .insert({ tool_ref: toolRef, marked_by: mark.by, marked_at: mark.at })
      .onConflict('tool_ref')
      .merge();
  }
}

function counts(rows: { key: string; count: unknown }[]): Counts {
  return new Map(rows.map(r => [r.key, Number(r.count)]));
}

/** SQL for the Monday ("YYYY-MM-DD") of a timestamp column's week, in UTC. */
function weekOf(db: Knex, column: string) {
  return isSqlite(db)
    ? `date(${column} / 1000, 'unixepoch', 'weekday 0', '-6 days')`
    : `to_char(date_trunc('week', ${column} at time zone 'UTC'), 'YYYY-MM-DD')`;
}

function toFigures(r: any): RatingFigures {
  const count = Number(r.count);
  const starSum = Number(r.star_sum);
  return {
    count,
    starSum,
    average: starSum / count,
    anonymous: Number(r.anonymous_count),
  };
}

function toSnapshot(r: any): StoredToolSnapshot {
  const rateOf = (teams: number, eligible: number) =>
    eligible ? teams / eligible : 0;
  return {
    day: r.day,
    toolRef: r.tool_ref,
    adoptingTeams: Number(r.adopting_teams),
    adoptionRate: rateOf(Number(r.adopting_teams), Number(r.eligible_teams)),
    activeTeams: r.active_teams === null ? null : Number(r.active_teams),
    activeRate:
      r.active_teams === null
        ? null
        : rateOf(Number(r.active_teams), Number(r.eligible_teams)),
    ratingCount: Number(r.rating_count),
    ratingAverage: r.rating_average === null ? null : Number(r.rating_average),
    ...(r.rating_anonymous !== null &&
      r.rating_anonymous !== undefined && {
        ratingAnonymous: Number(r.rating_anonymous),
      }),
  };
}
