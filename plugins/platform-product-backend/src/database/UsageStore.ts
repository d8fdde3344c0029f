import { Knex } from 'knex';
import { forUpdate, insertedCount, isSqlite, lockKey } from './dialect';

const EVENTS = 'platform_product_usage_events';
const DAILY = 'platform_product_usage_daily';
const PEOPLE = 'platform_product_usage_people';
const TEAMS = 'platform_product_usage_teams';
const WATERMARK = 'platform_product_usage_watermark';

/**
 * The advisory lock that recording transactions hold shared and the rollup job takes
 * exclusively, for a moment, to learn up to which id every raw event is committed.
 */
const RECORDING = 'usage-recording';

/** Raw events the rollup job folds in one transaction at most. */
const ROLLUP_STEP = 50_000;

/** A usage event as stored: resolved to a team and a person key, never a user ref. */
export interface StoredUsageEvent {
  toolRef: string;
  /** The sender's id of the event, unique per tool. */
  eventId: string;
  /** The team the use counts for; `''` for a person in no eligible team. */
  teamRef: string;
  /** HMAC of the person's user ref; `''` for an event about a team. */
  personKey: string;
  action: string;
  occurredAt: Date;
  count: number;
}

/** A person's use of one tool, from the first day to the last. */
export interface PersonToolUsage {
  toolRef: string;
  /** `YYYY-MM-DD`, UTC. */
  firstDay: string;
  lastDay: string;
  uses: number;
}

/**
 * Usage events: the raw events (one per tool and event id, kept for the retention period) and
 * their rollups (daily; per person and tool; per tool and team), which a scheduled job folds the
 * new raw events into (`rollUp`). Recording is one multi-row insert that skips the events seen
 * before: of two transactions inserting the same event, the other's insert waits for the first
 * (PostgreSQL) and then skips the row.
 */
export class UsageStore {
  constructor(private readonly db: Knex) {}

  /**
   * Records the events that are new (by tool and event id). Returns how many were new; the
   * others were recorded before (or earlier in `events`) and change nothing. The rollups take
   * them in at the job's next run.
   */
  async insert(events: StoredUsageEvent[], receivedAt: Date): Promise<number> {
    // The first of two events with one id wins; key order keeps concurrent batches from
    // waiting on each other in a cycle.
    const firsts = new Map<string, StoredUsageEvent>();
    for (const event of events) {
      if (!firsts.has(keyOf(event))) firsts.set(keyOf(event), event);
    }
    const rows = [...firsts.values()]
      .sort((a, b) => compare(keyOf(a), keyOf(b)))
      .map(event => toRow(event, receivedAt));
    if (!rows.length) {
      return 0;
    }
    return this.db.transaction(async tx => {
      await lockKey(tx, RECORDING, 'shared');
      if (!isSqlite(tx)) {
        return Number((await insertUnnested(tx, rows)).rowCount);
      }
      let inserted = 0;
      for (const chunk of chunks(rows)) {
        inserted += await insertedCount(
          tx,
          tx(EVENTS)
            .insert(chunk)
            .onConflict(['tool_ref', 'event_id'])
            .ignore(),
        );
      }
      return inserted;
    });
  }

  /**
   * Folds the raw events recorded since the last run into the rollups; returns how many. Each
   * step locks the watermark row, folds the events after it up to a bound and moves it, in one
   * transaction: a second run at the same time waits, then finds those events done. Only
   * committed events are folded: on PostgreSQL ids are taken in one order and committed in
   * another, so the bound is the last id once no recording transaction is open.
   */
  async rollUp(): Promise<number> {
    const last = await this.lastCommittedId();
    let total = 0;
    for (;;) {
      const folded = await this.db.transaction(async tx => {
        const [{ rolled_up_to: from }] = await forUpdate(
          tx,
          tx(WATERMARK).where({ id: 1 }).select('rolled_up_to'),
        );
        const to = Math.min(last, Number(from) + ROLLUP_STEP);
        if (to <= Number(from)) return undefined;
        for (const statement of rollupStatements(isSqlite(tx))) {
          await tx.raw(statement, [from, to]);
        }
        await tx(WATERMARK).where({ id: 1 }).update({ rolled_up_to: to });
        const [{ events }] = await tx(EVENTS)
          .where('id', '>', from)
          .andWhere('id', '<=', to)
          .count({ events: '*' });
        return Number(events);
      });
      if (folded === undefined) return total;
      total += folded;
    }
  }

  /** The id up to which every raw event is committed: read while no recording is open. */
  private async lastCommittedId(): Promise<number> {
    return this.db.transaction(async tx => {
      await lockKey(tx, RECORDING);
      const [{ last }] = await tx(EVENTS).max({ last: 'id' });
      return Number(last ?? 0);
    });
  }

  /** What a person (by key) used: one row per tool, whatever the length of their history. */
  async usageOf(personKey: string): Promise<PersonToolUsage[]> {
    const rows = await this.db(PEOPLE)
      .where({ person_key: personKey })
      .orderBy('tool_ref');
    return rows.map(row => ({
      toolRef: row.tool_ref,
      firstDay: row.first_day,
      lastDay: row.last_day,
      uses: Number(row.uses),
    }));
  }

  /** Of `teamRefs`, those in which someone used one of `toolRefs` on `sinceDay` or later. */
  async teamsUsing(
    toolRefs: string[],
    teamRefs: string[],
    sinceDay: string,
  ): Promise<string[]> {
    if (!toolRefs.length || !teamRefs.length) return [];
    return this.db(DAILY)
      .whereIn('tool_ref', toolRefs)
      .whereIn('team_ref', teamRefs)
      .where('day', '>=', sinceDay)
      .distinct('team_ref')
      .pluck('team_ref');
  }

  /**
   * What the scorecard reads of teams' use, one row per tool and team whatever the history:
   * the teams that used a tool since `activeSince`, and the (tool, team) pairs whose first use
   * was on or after `newSince` with their first deploy day, if any.
   */
  async teamActivity(options: {
    activeSince: string;
    newSince: string;
  }): Promise<TeamActivity> {
    const [active, started] = await Promise.all([
      this.db(TEAMS)
        .where('last_day', '>=', options.activeSince)
        .distinct('team_ref'),
      this.db(TEAMS)
        .where('first_day', '>=', options.newSince)
        .select('first_day', 'first_deploy_day'),
    ]);
    return {
      activeTeamRefs: active.map(row => row.team_ref),
      newTeams: started.map(row => ({
        firstDay: row.first_day,
        firstDeployDay: row.first_deploy_day ?? null,
      })),
    };
  }

  /**
   * The teams with use of each tool on a day from `sinceDay` (`YYYY-MM-DD`, inclusive), sorted,
   * from the rollup (one row per team, person, day and action: bounded by the window, not by
   * the events' volume).
   */
  async teamsActiveSince(sinceDay: string): Promise<Map<string, string[]>> {
    const rows: { tool_ref: string; team_ref: string }[] = await this.db(DAILY)
      .where('day', '>=', sinceDay)
      .andWhereNot('team_ref', '')
      .distinct('tool_ref', 'team_ref')
      .orderBy(['tool_ref', 'team_ref']);
    const teams = new Map<string, string[]>();
    for (const row of rows) {
      teams.set(row.tool_ref, [
        ...(teams.get(row.tool_ref) ?? []),
        row.team_ref,
      ]);
    }
    return teams;
  }

  /**
   * Deletes raw events that occurred before `cutoff` and are rolled up, `batchSize` rows per
   * statement so that no statement runs long or holds many locks; returns how many went. The
   * rollups stay.
   */
  async deleteOccurredBefore(cutoff: Date, batchSize = 5000): Promise<number> {
    let total = 0;
    for (;;) {
      const deleted = await this.db(EVENTS)
        .whereIn(
          'id',
          this.db(EVENTS)
            .where('occurred_at', '<', cutoff)
            .andWhere('id', '<=', this.db(WATERMARK).select('rolled_up_to'))
            .select('id')
            .limit(batchSize),
        )
        .delete();
      total += deleted;
      if (deleted < batchSize) {
        return total;
      }
    }
  }
}

/** Teams' use of the tools, as the scorecard reads it. */
export interface TeamActivity {
  /** Teams that used any tool in the period (may include teams no longer in the catalog). */
  activeTeamRefs: string[];
  /** (tool, team) pairs that started in the period: their first day and first deploy day. */
  newTeams: { firstDay: string; firstDeployDay: string | null }[];
}

/**
 * Rows per insert statement: SQLite turns a multi-row insert into a compound SELECT, which
 * may have at most 500 terms, and a batch may hold 1,000 events.
 */
const ROWS_PER_STATEMENT = 400;

/** `rows` in slices of ROWS_PER_STATEMENT, in order (so that key order still holds). */
function chunks<T>(rows: T[]): T[][] {
  const slices: T[][] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    slices.push(rows.slice(i, i + ROWS_PER_STATEMENT));
  }
  return slices;
}

/** The raw events' columns, and their PostgreSQL array types for `unnest`. */
const EVENT_COLUMNS = {
  tool_ref: 'text',
  event_id: 'text',
  team_ref: 'text',
  person_key: 'text',
  action: 'text',
  occurred_at: 'timestamptz',
  day: 'text',
  count: 'int',
  received_at: 'timestamptz',
} as const;

/**
 * PostgreSQL: the rows as one array per column, in one statement of nine parameters. A
 * multi-row insert of 1,000 events sends 9,000, and parsing them is most of its cost.
 */
function insertUnnested(tx: Knex.Transaction, rows: EventRow[]) {
  const columns = Object.keys(EVENT_COLUMNS) as (keyof EventRow)[];
  const arrays = Object.values(EVENT_COLUMNS).map(type => `?::${type}[]`);
  return tx.raw(
    `insert into ${EVENTS} (${columns.join(', ')})
     select * from unnest(${arrays.join(', ')})
     on conflict (tool_ref, event_id) do nothing`,
    columns.map(column =>
      rows.map(row => {
        const value = row[column];
        return value instanceof Date ? value.toISOString() : String(value);
      }),
    ),
  );
}

function keyOf(event: StoredUsageEvent) {
  return `${event.toolRef}\n${event.eventId}`;
}

function compare(a: string, b: string) {
  return a < b ? -1 : Number(a > b);
}

/** The UTC day of a time, `YYYY-MM-DD`, as the rollups store it. */
export function dayOf(time: Date) {
  return time.toISOString().slice(0, 10);
}

type EventRow = ReturnType<typeof toRow>;

function toRow(event: StoredUsageEvent, receivedAt: Date) {
  return {
    tool_ref: event.toolRef,
    event_id: event.eventId,
    team_ref: event.teamRef,
    person_key: event.personKey,
    action: event.action,
    occurred_at: event.occurredAt,
    day: dayOf(event.occurredAt),
    count: event.count,
    received_at: receivedAt,
  };
}

/**
 * The statements that fold the raw events with `from < id <= to` (the two bindings) into the
 * daily rollup, the people's and the teams' rows: one grouped upsert each.
 */
function rollupStatements(sqlite: boolean): string[] {
  const [least, greatest] = sqlite ? ['min', 'max'] : ['least', 'greatest'];
  const range = `from ${EVENTS} where id > ? and id <= ?`;
  const widen = (table: string) =>
    `first_day = ${least}(${table}.first_day, excluded.first_day),
     last_day = ${greatest}(${table}.last_day, excluded.last_day)`;
  return [
    `insert into ${DAILY} (tool_ref, team_ref, person_key, day, action, events, count)
     select tool_ref, team_ref, person_key, day, action, count(*), sum(count) ${range}
     group by tool_ref, team_ref, person_key, day, action
     on conflict (tool_ref, team_ref, person_key, day, action) do update set
       events = ${DAILY}.events + excluded.events,
       count = ${DAILY}.count + excluded.count`,
    `insert into ${PEOPLE} (person_key, tool_ref, first_day, last_day, uses)
     select person_key, tool_ref, min(day), max(day), sum(count) ${range}
       and person_key <> ''
     group by person_key, tool_ref
     on conflict (person_key, tool_ref) do update set
       ${widen(PEOPLE)},
       uses = ${PEOPLE}.uses + excluded.uses`,
    // least() skips nulls on PostgreSQL, min() returns null on SQLite: spelled out for both.
    `insert into ${TEAMS} (tool_ref, team_ref, first_day, last_day, first_deploy_day)
     select tool_ref, team_ref, min(day), max(day),
       min(case when action = 'deploy' then day end) ${range}
       and team_ref <> ''
     group by tool_ref, team_ref
     on conflict (tool_ref, team_ref) do update set
       ${widen(TEAMS)},
       first_deploy_day = case
         when ${TEAMS}.first_deploy_day is null
           or excluded.first_deploy_day < ${TEAMS}.first_deploy_day
         then excluded.first_deploy_day
         else ${TEAMS}.first_deploy_day end`,
  ];
}
