import { ToolSnapshot } from 'backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import { isSqlite } from './dialect';
import {
  ITEMS as ROADMAP,
  LANE_COUNTS as ROADMAP_COUNTS,
} from './roadmapTables';

const RATING_TALLIES = 'platform_product_rating_tallies';
const FEEDBACK = 'platform_product_feedback_items';
const ACTIVITY = 'platform_product_feedback_activity';
const CHANGELOG = 'platform_product_changelog_entries';
const CHANGELOG_TOOLS = 'platform_product_changelog_tools';
const SNAPSHOTS = 'platform_product_tool_snapshots';
const FEEDBACK_COUNTS = 'platform_product_feedback_counts';
const OPEN_FEEDBACK = ['new', 'acknowledged', 'planned'];

export type Counts = Map<string, number>;

/**
 * The aggregates behind the Insights tab: one grouped SQL query per figure, over the other
 * areas' tables. Date arithmetic differs between PostgreSQL and SQLite (where knex stores
 * timestamps as milliseconds), so it goes through the small dialect helpers at the bottom.
 */
export class InsightsStore {
  constructor(private readonly db: Knex) {}

  /** Count and average of the current ratings, per tool, from the maintained tallies. */
  async ratingsByTool(): Promise<
    Map<string, { count: number; average: number }>
  > {
    const rows = await this.db(RATING_TALLIES)
      .groupBy('tool_ref')
      .having(this.db.raw('sum(count)'), '>', 0)
      .select(
        'tool_ref',
        this.db.raw('sum(count) as count'),
        this.db.raw('sum(star_sum) as star_sum'),
      );
    return new Map(
      rows.map(r => [
        r.tool_ref,
        {
          count: Number(r.count),
          average: Number(r.star_sum) / Number(r.count),
        },
      ]),
    );
  }

  /**
   * Ratings of the given tools per tool and per team they count for (teams are disjoint;
   * `teamRef` is undefined for people in no team), from the maintained tallies.
   */
  async ratingsByTeam(
    toolRefs: string[],
  ): Promise<
    { toolRef: string; teamRef?: string; count: number; average: number }[]
  > {
    if (!toolRefs.length) return [];
    const rows = await this.db(RATING_TALLIES)
      .whereIn('tool_ref', toolRefs)
      .andWhere('count', '>', 0);
    return rows.map(r => ({
      toolRef: r.tool_ref,
      teamRef: r.team_ref || undefined,
      count: Number(r.count),
      average: Number(r.star_sum) / Number(r.count),
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

  /** Median hours from feedback to the first maintainer response, and to shipped/declined. */
  async feedbackResponseTimes() {
    const seconds = (later: string, earlier: string) =>
      secondsBetween(this.db, later, earlier);
    const firstResponse = this.db(FEEDBACK)
      .join(ACTIVITY, `${ACTIVITY}.item_id`, `${FEEDBACK}.id`)
      .where(`${ACTIVITY}.actor_role`, 'maintainer')
      .groupBy(`${FEEDBACK}.id`, `${FEEDBACK}.created_at`)
      .select(
        this.db.raw(
          `${seconds(
            `min(${ACTIVITY}.created_at)`,
            `${FEEDBACK}.created_at`,
          )} as d`,
        ),
      );
    const finalStatus = this.db(FEEDBACK)
      .join(ACTIVITY, `${ACTIVITY}.item_id`, `${FEEDBACK}.id`)
      .where(`${ACTIVITY}.kind`, 'status')
      .whereIn(`${ACTIVITY}.status`, ['shipped', 'declined'])
      .groupBy(`${FEEDBACK}.id`, `${FEEDBACK}.created_at`)
      .select(
        this.db.raw(
          `${seconds(
            `min(${ACTIVITY}.created_at)`,
            `${FEEDBACK}.created_at`,
          )} as d`,
        ),
      );
    const [response, final] = await Promise.all([
      this.median(firstResponse),
      this.median(finalStatus),
    ]);
    return { firstResponse: response, finalStatus: final };
  }

  /** Roadmap items shipped and killed per quarter ("2026-Q3"), oldest first. */
  async roadmapByQuarter(): Promise<
    { quarter: string; shipped: number; killed: number }[]
  > {
    const per = (status: string, column: string) =>
      this.db(ROADMAP)
        .where({ status })
        .whereNotNull(column)
        .groupByRaw(quarterOf(this.db, column))
        .select(
          this.db.raw(`${quarterOf(this.db, column)} as quarter`),
          this.db.raw('count(*) as count'),
        );
    const [shipped, killed] = await Promise.all([
      per('shipped', 'shipped_at'),
      per('killed', 'killed_at'),
    ]);
    const quarters = [
      ...new Set([...shipped, ...killed].map(r => String(r.quarter))),
    ].sort();
    const countIn = (rows: any[], quarter: string) =>
      Number(rows.find(r => String(r.quarter) === quarter)?.count ?? 0);
    return quarters.map(quarter => ({
      quarter,
      shipped: countIn(shipped, quarter),
      killed: countIn(killed, quarter),
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

  /** Records a day's figures of every tool once; later calls the same day change nothing. */
  async snapshotTools(
    snapshots: ToolSnapshot[],
    eligibleTeams: number,
  ): Promise<void> {
    if (!snapshots.length) return;
    await this.db(SNAPSHOTS)
      .insert(
        snapshots.map(s => ({
          day: s.day,
          tool_ref: s.toolRef,
          adopting_teams: s.adoptingTeams,
          eligible_teams: eligibleTeams,
          rating_count: s.ratingCount,
          rating_average: s.ratingAverage,
        })),
      )
      .onConflict(['tool_ref', 'day'])
      .ignore();
  }

  async toolSnapshots(
    sinceDay: string,
    toolRef?: string,
  ): Promise<ToolSnapshot[]> {
    const query = this.db(SNAPSHOTS)
      .where('day', '>=', sinceDay)
      .orderBy(['tool_ref', 'day']);
    if (toolRef) query.where('tool_ref', toolRef);
    return (await query).map(r => ({
      day: r.day,
      toolRef: r.tool_ref,
      adoptingTeams: Number(r.adopting_teams),
      adoptionRate: Number(r.eligible_teams)
        ? Number(r.adopting_teams) / Number(r.eligible_teams)
        : 0,
      ratingCount: Number(r.rating_count),
      ratingAverage:
        r.rating_average === null ? null : Number(r.rating_average),
    }));
  }

  /** The median of a one-column (`d`) query, in SQL: its count, then the middle row(s). */
  private async median(
    durations: Knex.QueryBuilder,
  ): Promise<{ median: number | null; count: number }> {
    const [{ count }] = await this.db
      .from(durations.clone().as('t'))
      .count({ count: '*' });
    const n = Number(count);
    if (!n) return { median: null, count: 0 };
    const middle = await this.db
      .from(durations.as('t'))
      .orderBy('d')
      .offset(Math.floor((n - 1) / 2))
      .limit(n % 2 ? 1 : 2)
      .select('d');
    const values = middle.map(r => Number(r.d));
    return {
      median: values.reduce((a, b) => a + b, 0) / values.length,
      count: n,
    };
  }
}

function counts(rows: { key: string; count: unknown }[]): Counts {
  return new Map(rows.map(r => [r.key, Number(r.count)]));
}

/** SQL for the seconds between two timestamp expressions. */
function secondsBetween(db: Knex, later: string, earlier: string) {
  return isSqlite(db)
    ? `((${later}) - (${earlier})) / 1000.0`
    : `extract(epoch from (${later} - ${earlier}))`;
}

/** SQL for "YYYY-Qn" of a timestamp column. */
function quarterOf(db: Knex, column: string) {
  return isSqlite(db)
    ? `strftime('%Y', ${column} / 1000, 'unixepoch') || '-Q' || ((cast(strftime('%m', ${column} / 1000, 'unixepoch') as integer) + 2) / 3)`
    : `to_char(${column} at time zone 'UTC', 'YYYY-"Q"Q')`;
}

/** SQL for the Monday ("YYYY-MM-DD") of a timestamp column's week, in UTC. */
function weekOf(db: Knex, column: string) {
  return isSqlite(db)
    ? `date(${column} / 1000, 'unixepoch', 'weekday 0', '-6 days')`
    : `to_char(date_trunc('week', ${column} at time zone 'UTC'), 'YYYY-MM-DD')`;
}
