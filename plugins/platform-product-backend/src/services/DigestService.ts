import { LoggerService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  Champion,
  Digest,
  DigestChange,
  DigestRoadmapChange,
  DigestSettings,
  RoadmapLane,
  Tool,
  ToolAdoption,
} from 'backstage-plugin-platform-product-common';
import { CatalogDirectory, TeamRecord } from '../catalog/CatalogDirectory';
import { DigestOutcome, DigestStore } from '../database/DigestStore';
import type { ChampionsService } from './ChampionsService';
import type {
  ChangelogService,
  StoredChangelogEntry,
} from './ChangelogService';
import type { RoadmapItems, VotedChange } from './RoadmapItems';
import {
  DigestSchedule,
  lastSend,
  nextSend,
  weekBefore,
} from '../lib/digestSchedule';
import { describeDigest } from '../lib/digestText';
import { SurveysService } from './SurveysService';
import { AppLinks } from '../lib/appLinks';

/** The notification topic of the digest: people can mute it in their notification settings. */
export const DIGEST_TOPIC = 'platform-product-digest';
/** People composed and sent together: one query per area for the whole page. */
const PAGE_SIZE = 100;
/** At most this many people are sent to per run; the next run (10 minutes later) goes on. */
const PEOPLE_PER_RUN = 500;
/** A digest lists at most this many changelog entries of the week. */
const MAX_ENTRIES = 50;
/** Characters of an excerpt (before, after, or the entry's first lines). */
const EXCERPT_LENGTH = 280;
const EXCERPT_LINES = 3;
/** A claim older than this belongs to a sender that died; the next run sends it. */
const CLAIM_TIMEOUT = 15 * 60 * 1000;

/** What one run did: people per outcome. */
export type DigestRunReport = Record<DigestOutcome, number>;

/** What a week's digests are made of, read once per run (not per person). */
interface WeekContext {
  week: string;
  from: Date;
  to: Date;
  teamsOf: Map<string, TeamRecord[]>;
  toolsOfTeam: Map<string, Set<string>>;
  toolTitles: Map<string, string>;
  entries: StoredChangelogEntry[];
  appointed: Champion[];
}

/**
 * The weekly digest: per person, what changed in the tools their teams use, the roadmap items
 * they voted for that moved, open surveys that ask them, and their teams' new champions. Sent
 * through the notifications service, at most once per person and week (see `DigestStore`).
 */
export class DigestService {
  constructor(
    private readonly options: {
      store: DigestStore;
      changelog: Pick<ChangelogService, 'publishedBetween'>;
      roadmap: Pick<RoadmapItems, 'votedChanges'>;
      champions: Pick<ChampionsService, 'appointedBetween'>;
      surveys: SurveysService;
      directory: CatalogDirectory;
      notifications: NotificationService;
      logger: LoggerService;
      schedule: DigestSchedule;
      laneTitles: Record<RoadmapLane, string>;
      appLinks: AppLinks;
      now?: () => Date;
    },
  ) {}

  async settings(userRef: string): Promise<DigestSettings> {
    return { enabled: await this.options.store.isEnabled(userRef) };
  }

  async setSettings(
    userRef: string,
    settings: DigestSettings,
  ): Promise<DigestSettings> {
    await this.options.store.setEnabled(userRef, settings.enabled, this.now());
    return settings;
  }

  /**
   * The person's next digest as it stands now (the days since the last send), for a
   * maintainer. It lists every open survey that asks the person: whether they answered one is
   * never shown to anyone else.
   */
  async preview(userRef: string): Promise<Digest> {
    if (!(await this.options.directory.isPerson(userRef))) {
      throw new NotFoundError(`No person ${userRef} in the catalog`);
    }
    const now = this.now();
    const { schedule } = this.options;
    const context = await this.weekContext(
      nextSend(now, schedule).week,
      lastSend(now, schedule).at,
      now,
    );
    const [digest] = await this.compose([userRef], context, {
      unansweredOnly: false,
    });
    return digest;
  }

  /**
   * The scheduled run: once the week's send time has passed, sends the digests the week still
   * owes, a page of people at a time, at most PEOPLE_PER_RUN per run.
   */
  async runDue(): Promise<DigestRunReport> {
    const report: DigestRunReport = { sent: 0, empty: 0, muted: 0 };
    const send = lastSend(this.now(), this.options.schedule);
    const { from, to } = weekBefore(send.at);
    const context = await this.weekContext(send.week, from, to);
    const people = [...context.teamsOf.keys()].sort();
    if ((await this.options.store.countWeek(send.week)) >= people.length) {
      return report;
    }
    let budget = PEOPLE_PER_RUN;
    for (let i = 0; i < people.length && budget > 0; i += PAGE_SIZE) {
      const pending = await this.options.store.pending(
        send.week,
        people.slice(i, i + PAGE_SIZE),
        this.staleBefore(),
      );
      const page = pending.slice(0, budget);
      budget -= page.length;
      await this.sendPage(page, context, report);
    }
    return report;
  }

  private async sendPage(
    people: string[],
    context: WeekContext,
    report: DigestRunReport,
  ) {
    if (!people.length) return;
    const muted = await this.options.store.mutedAmong(people);
    const digests = await this.compose(
      people.filter(ref => !muted.has(ref)),
      context,
      { unansweredOnly: true },
    );
    const byPerson = new Map(digests.map(d => [d.userRef, d]));
    for (const userRef of people) {
      const digest = byPerson.get(userRef);
      const outcome = await this.deliver(userRef, context.week, digest);
      if (outcome) report[outcome] += 1;
    }
  }

  /** Claims, sends and records one person's digest; undefined when another sender has it. */
  private async deliver(
    userRef: string,
    week: string,
    digest: Digest | undefined,
  ): Promise<DigestOutcome | undefined> {
    const { store, notifications, logger } = this.options;
    const now = this.now();
    if (!(await store.claim(week, userRef, now, this.staleBefore()))) {
      return undefined;
    }
    let outcome: DigestOutcome = 'muted';
    if (digest) outcome = isEmpty(digest) ? 'empty' : 'sent';
    if (outcome === 'sent') {
      try {
        await notifications.send({
          recipients: { type: 'entity', entityRef: userRef },
          payload: {
            title: `Your platform digest for the week of ${week}`,
            description: describeDigest(digest!, this.options.laneTitles),
            link: this.options.appLinks.page('changelog'),
            severity: 'low',
            topic: DIGEST_TOPIC,
            scope: `platform-product:digest:${week}`,
          },
        });
      } catch (error) {
        logger.warn(`Could not send the digest of ${week}: ${error}`);
        await store.release(week, userRef);
        return undefined;
      }
    }
    await store.complete(week, userRef, outcome, this.now());
    return outcome;
  }

  /**
   * The catalog part is read as the plugin, from the directory's cached company snapshot (no
   * call per person): the digest runs without a request, for every member of every team.
   */
  private async weekContext(
    week: string,
    from: Date,
    to: Date,
  ): Promise<WeekContext> {
    const { directory, changelog, champions } = this.options;
    const credentials = await directory.pluginCredentials();
    const [teams, tools, adoption, entries, appointed] = await Promise.all([
      directory.listTeams(credentials),
      directory.listTools(credentials),
      directory.getAdoption(credentials),
      changelog.publishedBetween(from, to, MAX_ENTRIES),
      champions.appointedBetween(from, to),
    ]);
    return {
      week,
      from,
      to,
      teamsOf: teamsByMember(teams),
      toolsOfTeam: toolsByTeam(adoption),
      toolTitles: new Map(tools.map((t: Tool) => [t.ref, t.title])),
      entries,
      appointed,
    };
  }

  /** The digests of a page of people, with one roadmap and one survey query for them all. */
  private async compose(
    people: string[],
    context: WeekContext,
    options: { unansweredOnly: boolean },
  ): Promise<Digest[]> {
    if (!people.length) return [];
    const viewers = people.map(userRef => ({
      userRef,
      teamRefs: (context.teamsOf.get(userRef) ?? []).map(t => t.ref),
    }));
    const [moves, surveys] = await Promise.all([
      this.options.roadmap.votedChanges(people, context.from, context.to),
      this.options.surveys.openFor(viewers, options),
    ]);
    return viewers.map(({ userRef, teamRefs }) => ({
      userRef,
      week: context.week,
      from: context.from.toISOString(),
      to: context.to.toISOString(),
      changes: changesFor(teamRefs, context),
      roadmap: roadmapChanges(moves.filter(m => m.userRef === userRef)),
      surveys: (surveys.get(userRef) ?? []).map(s => ({
        surveyId: s.id,
        title: s.title,
        closesAt: s.closesAt,
      })),
      champions: context.appointed
        .filter(c => c.userRef !== userRef && teamRefs.includes(c.teamRef))
        .map(c => ({
          userRef: c.userRef,
          teamRef: c.teamRef,
          teamTitle:
            context.teamsOf.get(userRef)?.find(t => t.ref === c.teamRef)
              ?.title ?? c.teamRef,
        })),
    }));
  }

  private staleBefore() {
    return new Date(this.now().getTime() - CLAIM_TIMEOUT);
  }

  private now() {
    return this.options.now?.() ?? new Date();
  }
}

function isEmpty(digest: Digest): boolean {
  return ![
    digest.changes,
    digest.roadmap,
    digest.surveys,
    digest.champions,
  ].some(list => list.length);
}

function teamsByMember(teams: TeamRecord[]): Map<string, TeamRecord[]> {
  const byMember = new Map<string, TeamRecord[]>();
  for (const team of teams) {
    for (const ref of team.memberRefs) {
      byMember.set(ref, [...(byMember.get(ref) ?? []), team]);
    }
  }
  return byMember;
}

function toolsByTeam(adoption: ToolAdoption[]): Map<string, Set<string>> {
  const byTeam = new Map<string, Set<string>>();
  for (const { toolRef, teamRefs } of adoption) {
    for (const teamRef of teamRefs) {
      byTeam.set(teamRef, (byTeam.get(teamRef) ?? new Set()).add(toolRef));
    }
  }
  return byTeam;
}

/** The week's entries about tools the person's teams use. */
function changesFor(teamRefs: string[], context: WeekContext): DigestChange[] {
  const used = new Set(
    teamRefs.flatMap(ref => [...(context.toolsOfTeam.get(ref) ?? [])]),
  );
  return context.entries.flatMap(entry => {
    const tools = entry.toolRefs.filter(ref => used.has(ref));
    if (!tools.length) return [];
    return [
      {
        entryId: entry.id,
        title: entry.title,
        toolTitles: tools.map(ref => context.toolTitles.get(ref) ?? ref),
        excerpt: excerptOf(entry),
      },
    ];
  });
}

/** The entry's before/after when it has them, else its first lines. */
function excerptOf(entry: StoredChangelogEntry): DigestChange['excerpt'] {
  if (entry.before || entry.after) {
    return { before: clip(entry.before), after: clip(entry.after) };
  }
  const lines = entry.body
    .split('\n')
    .filter(line => line.trim())
    .slice(0, EXCERPT_LINES);
  return { text: clip(lines.join('\n')) };
}

function clip(text?: string): string | undefined {
  if (!text) return undefined;
  return text.length > EXCERPT_LENGTH
    ? `${text.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`
    : text;
}

/**
 * One line per item: how it ended up this week (its last change; a move from its first lane to
 * its last). An item moved and moved back is left out.
 */
function roadmapChanges(changes: VotedChange[]): DigestRoadmapChange[] {
  const byItem = new Map<number, VotedChange[]>();
  for (const change of changes) {
    byItem.set(change.itemId, [...(byItem.get(change.itemId) ?? []), change]);
  }
  return [...byItem.values()].flatMap((list): DigestRoadmapChange[] => {
    const first = list[0];
    const last = list[list.length - 1];
    if (last.kind !== 'moved') {
      return [{ itemId: last.itemId, title: last.title, kind: last.kind }];
    }
    if (first.fromLane === last.toLane) return [];
    return [
      {
        itemId: last.itemId,
        title: last.title,
        kind: 'moved',
        fromLane: first.fromLane,
        toLane: last.toLane,
      },
    ];
  });
}
