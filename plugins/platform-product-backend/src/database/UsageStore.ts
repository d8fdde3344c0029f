import { Knex } from 'knex';
import { isSqlite } from './dialect';

const EVENTS = 'platform_product_usage_events';
const DAILY = 'platform_product_usage_daily';
const PEOPLE = 'platform_product_usage_people';
const TEAMS = 'platform_product_usage_teams';

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

const ROLLUP_KEYS = [
  'tool_ref',
  'team_ref',
  'person_key',
  'day',
  'action',
] as const;

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
 * their daily rollup, which is incremented in the transaction that inserts the events. Of two
 * transactions inserting the same event, only the one whose insert wins counts it: the other's
 * insert waits for it (PostgreSQL) and then skips the row.
 */
export class UsageStore {
  constructor(private readonly db: Knex) {}

  /**
   * Records the events that are new (by tool and event id) and adds them to the rollup,
   * atomically. Returns how many were new; the others were recorded before (or earlier in
   * `events`) and change nothing.
   */
  async insert(events: StoredUsageEvent[], receivedAt: Date): Promise<number> {
    // The first of two events with one id wins; key order keeps concurrent batches from
    // waiting on each other in a cycle.
    const firsts = new Map<string, StoredUsageEvent>();
    for (const event of events) {
      if (!firsts.has(keyOf(event))) firsts.set(keyOf(event), event);
    }
    const rows = [...firsts.values()].sort((a, b) =>
      compare(keyOf(a), keyOf(b)),
    );
    if (!rows.length) {
      return 0;
    }
    return this.db.transaction(async tx => {
      const inserted: { tool_ref: string; event_id: string }[] = [];
      for (const chunk of chunks(rows)) {
        inserted.push(
          ...(await tx(EVENTS)
            .insert(chunk.map(e => toRow(e, receivedAt)))
            .onConflict(['tool_ref', 'event_id'])
            .ignore()
            .returning(['tool_ref', 'event_id'])),
        );
      }
      const isNew = new Set(inserted.map(r => `${r.tool_ref}\n${r.event_id}`));
      const added = rows.filter(e => isNew.has(keyOf(e)));
      await this.addToRollup(tx, added);
      await this.addToPeople(tx, added);
      await this.addToTeams(tx, added);
      return inserted.length;
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
   * Deletes raw events that occurred before `cutoff`, `batchSize` rows per statement so that no
   * statement runs long or holds many locks; returns how many went. The rollup stays.
   */
  async deleteOccurredBefore(cutoff: Date, batchSize = 5000): Promise<number> {
    let total = 0;
    for (;;) {
      const deleted = await this.db(EVENTS)
        .whereIn(
          'id',
          this.db(EVENTS)
            .where('occurred_at', '<', cutoff)
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

  /** Adds events to their rollup rows: one upsert, a row per key, in key order. */
  private async addToRollup(tx: Knex.Transaction, events: StoredUsageEvent[]) {
    const sums = new Map<string, Record<string, string | number>>();
    for (const event of events) {
      const keys = {
        tool_ref: event.toolRef,
        team_ref: event.teamRef,
        person_key: event.personKey,
        day: dayOf(event.occurredAt),
        action: event.action,
      };
      const key = JSON.stringify(Object.values(keys));
      const sum = sums.get(key) ?? { ...keys, events: 0, count: 0 };
      sums.set(key, {
        ...sum,
        events: Number(sum.events) + 1,
        count: Number(sum.count) + event.count,
      });
    }
    if (!sums.size) {
      return;
    }
    for (const chunk of chunks(sortedValues(sums))) {
      await tx(DAILY)
        .insert(chunk)
        .onConflict([...ROLLUP_KEYS])
        .merge({
          events: tx.raw('??.?? + excluded.??', [DAILY, 'events', 'events']),
          count: tx.raw('??.?? + excluded.??', [DAILY, 'count', 'count']),
        });
    }
  }

  /** Adds people's events to their (person, tool) rows: first and last day, uses. */
  private async addToPeople(tx: Knex.Transaction, events: StoredUsageEvent[]) {
    const rows = new Map<string, Record<string, string | number>>();
    for (const event of events.filter(e => e.personKey)) {
      const key = `${event.personKey}\n${event.toolRef}`;
      const day = dayOf(event.occurredAt);
      const row = rows.get(key);
      rows.set(key, {
        person_key: event.personKey,
        tool_ref: event.toolRef,
        first_day: row && row.first_day < day ? row.first_day : day,
        last_day: row && row.last_day > day ? row.last_day : day,
        uses: Number(row?.uses ?? 0) + event.count,
      });
    }
    if (!rows.size) {
      return;
    }
    for (const chunk of chunks(sortedValues(rows))) {
      await tx(PEOPLE)
        .insert(chunk)
        .onConflict(['person_key', 'tool_ref'])
        .merge({
          ...widenDays(tx, PEOPLE),
          uses: tx.raw('??.?? + excluded.??', [PEOPLE, 'uses', 'uses']),
        });
    }
  }

  /** Adds teams' events to their (tool, team) rows: first and last day, first deploy. */
  private async addToTeams(tx: Knex.Transaction, events: StoredUsageEvent[]) {
    const rows = new Map<string, TeamToolRow>();
    for (const event of events.filter(e => e.teamRef)) {
      const key = `${event.toolRef}\n${event.teamRef}`;
      const day = dayOf(event.occurredAt);
      const row = rows.get(key);
      rows.set(key, {
        tool_ref: event.toolRef,
        team_ref: event.teamRef,
        first_day: earliest(row?.first_day, day)!,
        last_day: row && row.last_day > day ? row.last_day : day,
        first_deploy_day: earliest(
          row?.first_deploy_day,
          event.action === 'deploy' ? day : null,
        ),
      });
    }
    if (!rows.size) {
      return;
    }
    // least() skips nulls on PostgreSQL, min() returns null on SQLite: spelled out for both.
    const [current, sent] = [
      `${TEAMS}.first_deploy_day`,
      'excluded.first_deploy_day',
    ];
    const firstDeploy = tx.raw(
      `case when ${current} is null or ${sent} < ${current} then ${sent} else ${current} end`,
    );
    for (const chunk of chunks(sortedValues(rows))) {
      await tx(TEAMS)
        .insert(chunk)
        .onConflict(['tool_ref', 'team_ref'])
        .merge({
          ...widenDays(tx, TEAMS),
          first_deploy_day: firstDeploy,
        });
    }
  }
}

interface TeamToolRow {
  tool_ref: string;
  team_ref: string;
  first_day: string;
  last_day: string;
  first_deploy_day: string | null;
}

/** Teams' use of the tools, as the scorecard reads it. */
export interface TeamActivity {
  /** Teams that used any tool in the period (may include teams no longer in the catalog). */
  activeTeamRefs: string[];
  /** (tool, team) pairs that started in the period: their first day and first deploy day. */
  newTeams: { firstDay: string; firstDeployDay: string | null }[];
}

/** The earlier of two days, either of which may be missing. */
function earliest(a: string | null | undefined, b: string | null) {
  if (!a) return b;
  return b && b < a ? b : a;
}

/** Upsert expressions that widen a row's first and last day to take in the new row's. */
function widenDays(tx: Knex.Transaction, table: string) {
  const [least, greatest] = isSqlite(tx)
    ? ['min', 'max']
    : ['least', 'greatest'];
  const column = (fn: string, name: string) =>
    tx.raw(`${fn}(??.??, excluded.??)`, [table, name, name]);
  return {
    first_day: column(least, 'first_day'),
    last_day: column(greatest, 'last_day'),
  };
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

/** A map's values in the order of its keys. */
function sortedValues<T>(rows: Map<string, T>): T[] {
  return [...rows].sort(([a], [b]) => compare(a, b)).map(([, row]) => row);
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
