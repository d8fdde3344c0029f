import {
  UsageEvent,
  UsageIngestResult,
  UsageRejection,
  usageEventParser,
} from 'backstage-plugin-platform-product-common';
import { CatalogDirectory } from '../catalog/CatalogDirectory';
import {
  dayOf,
  PersonToolUsage,
  StoredUsageEvent,
  TeamActivity,
  UsageStore,
} from '../database/UsageStore';
import { raterKey, sliceTeamOf } from '../lib/anonymity';

/** What other areas read of usage: a person's days on each tool, in the rollups' day format. */
export { dayOf, type PersonToolUsage };

const DAY = 24 * 60 * 60 * 1000;

/** An event that passed the schema, with its place in the batch. */
interface ValidEvent {
  index: number;
  event: UsageEvent;
}

/** Tools, teams and people of the catalog, read once per batch from the directory's cache. */
interface Company {
  tools: Set<string>;
  teams: Set<string>;
  /** A person's team refs, by user ref. */
  teamsOf: Map<string, string[]>;
  /** User refs, by the `user` of the events. */
  people: Map<string, string>;
}

/**
 * Usage of the tools, as the tools report it: each event is checked on its own (a bad one is
 * rejected, the others recorded), resolved to a team and a person key through the catalog in
 * one batch (cached, read as the plugin: it is a company-wide fact, whoever sends it), and
 * recorded once per tool and event id. A person is only ever stored as an HMAC of their user
 * ref with the anonymity secret.
 */
export class UsageService {
  private readonly parse: ReturnType<typeof usageEventParser>;

  constructor(
    private readonly options: {
      store: UsageStore;
      directory: CatalogDirectory;
      secret: string;
      retentionDays: number;
      /** A team is active on a tool with use in this many days. */
      activeDays: number;
      now?: () => Date;
    },
  ) {
    this.parse = usageEventParser({
      now: () => this.now(),
      retentionDays: options.retentionDays,
    });
  }

  /** Records the valid events of a batch; says which were new, seen before, or rejected. */
  async ingest(events: unknown[]): Promise<UsageIngestResult> {
    const rejected: UsageRejection[] = [];
    const valid: ValidEvent[] = [];
    events.forEach((raw, index) => {
      const result = this.parse(raw);
      if (result.success) {
        valid.push({ index, event: result.data });
      } else {
        const [issue] = result.error.issues;
        rejected.push({
          index,
          id: idOf(raw),
          field: issue.path.map(String).join('.') || 'event',
          message: issue.message,
        });
      }
    });
    const company = await this.company(valid);
    const stored: StoredUsageEvent[] = [];
    for (const { index, event } of valid) {
      const resolved = this.resolve(event, company);
      if ('field' in resolved) {
        rejected.push({ index, id: event.id, ...resolved });
      } else {
        stored.push(resolved);
      }
    }
    const accepted = await this.options.store.insert(stored, this.now());
    return {
      accepted,
      duplicates: stored.length - accepted,
      rejected: rejected.sort((a, b) => a.index - b.index),
    };
  }

  /** Folds the events recorded since the last run into the rollups; returns how many. */
  async rollUp(): Promise<number> {
    return this.options.store.rollUp();
  }

  /** Deletes the raw events older than the retention period (once rolled up); the rollups stay. */
  async deleteExpired(): Promise<number> {
    return this.options.store.deleteOccurredBefore(
      new Date(this.now().getTime() - this.options.retentionDays * DAY),
    );
  }

  /** What a person used: per tool, the first and last day of use and the number of uses. */
  async usageOf(userRef: string): Promise<PersonToolUsage[]> {
    return this.options.store.usageOf(this.personKey(userRef));
  }

  /** Of `teamRefs`, those in which someone used one of `toolRefs` in the last `days` days. */
  async teamsUsing(
    toolRefs: string[],
    teamRefs: string[],
    days: number,
  ): Promise<string[]> {
    const since = dayOf(new Date(this.now().getTime() - days * DAY));
    return this.options.store.teamsUsing(toolRefs, teamRefs, since);
  }

  /**
   * Teams' use of the tools, for the scorecard: the teams that used any tool in the last
   * `activeDays`, and the (tool, team) pairs whose first use was in the last `newDays`.
   */
  async teamActivity(options: {
    activeDays: number;
    newDays: number;
  }): Promise<TeamActivity> {
    const since = (days: number) =>
      dayOf(new Date(this.now().getTime() - days * DAY));
    return this.options.store.teamActivity({
      activeSince: since(options.activeDays),
      newSince: since(options.newDays),
    });
  }

  /** The teams active on each tool: with use in the last `activeDays` days (refs, sorted). */
  async activeTeams(): Promise<Map<string, string[]>> {
    const since = new Date(
      this.now().getTime() - this.options.activeDays * DAY,
    );
    return this.options.store.teamsActiveSince(dayOf(since));
  }

  private personKey(userRef: string) {
    return raterKey(this.options.secret, 'usage', userRef);
  }

  private async company(valid: ValidEvent[]): Promise<Company> {
    const { directory } = this.options;
    const credentials = await directory.pluginCredentials();
    const names = valid.flatMap(({ event }) =>
      event.user ? [event.user] : [],
    );
    const [tools, teams, people] = await Promise.all([
      directory.listTools(credentials),
      directory.listTeams(credentials),
      directory.findPeople([...new Set(names)]),
    ]);
    const teamsOf = new Map<string, string[]>();
    for (const team of teams) {
      for (const member of team.memberRefs) {
        teamsOf.set(member, [...(teamsOf.get(member) ?? []), team.ref]);
      }
    }
    return {
      tools: new Set(tools.map(tool => tool.ref)),
      teams: new Set(teams.map(team => team.ref)),
      teamsOf,
      people,
    };
  }

  /** The event as stored, or why it cannot be. */
  private resolve(
    event: UsageEvent,
    company: Company,
  ): StoredUsageEvent | { field: string; message: string } {
    if (!company.tools.has(event.toolRef)) {
      return {
        field: 'toolRef',
        message: `${event.toolRef} is not a platform tool`,
      };
    }
    if (event.teamRef && !company.teams.has(event.teamRef)) {
      return {
        field: 'teamRef',
        message: `${event.teamRef} is not a team of the catalog`,
      };
    }
    const userRef = event.user && company.people.get(event.user);
    if (event.user && !userRef) {
      return {
        field: 'user',
        message: `${event.user} is not a person of the catalog (by entity ref or spec.profile.email)`,
      };
    }
    return {
      toolRef: event.toolRef,
      eventId: event.id,
      teamRef:
        event.teamRef ?? sliceTeamOf(company.teamsOf.get(userRef!) ?? []) ?? '',
      personKey: userRef ? this.personKey(userRef) : '',
      action: event.action,
      occurredAt: event.occurredAt,
      count: event.count,
    };
  }

  private now() {
    return this.options.now?.() ?? new Date();
  }
}

/** A rejected event's `id`, when it is a string at all. */
function idOf(raw: unknown): string | undefined {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.length <= 200 ? id : undefined;
}
