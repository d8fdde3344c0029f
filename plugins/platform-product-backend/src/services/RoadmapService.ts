import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  MeasuredOutcome,
  OutcomeDecision,
  Page,
  ReachSuggestion,
  RoadmapBoard,
  RoadmapDemand,
  RoadmapPriorities,
  SourceEvidence,
  RoadmapItem,
  RoadmapItemDetail,
  RoadmapLane,
  roadmapLanes,
  RoadmapReviewDue,
  riceScore,
} from 'backstage-plugin-platform-product-common';
import { CatalogDirectory, TeamRecord } from '../catalog/CatalogDirectory';
import { EvidenceSource } from '../database/EvidenceStore';
import {
  RoadmapFilter,
  RoadmapItemFields,
  RoadmapStore,
  StoredRoadmapItem,
} from '../database/RoadmapStore';
import { CreateOnce, plainly } from '../database/IdempotencyStore';
import { KeysetPage } from '../database/keyset';
import { ChampionsService } from './ChampionsService';
import { DomainEvents } from '../lib/DomainEvents';
import { LiveUpdates } from '../lib/LiveUpdates';
import type { ChangelogService } from './ChangelogService';
import type { FeedbackService } from './FeedbackService';
import type { InsightsService } from './InsightsService';
import { refuseDanglingLinks } from '../lib/links';
import { EarlyAccess } from './EarlyAccess';
import type { ImpactMapService } from './ImpactMapService';
import { Behind, EvidenceService } from './EvidenceService';
import { UserCredentials } from '../lib/credentials';
import { notifyPeople } from '../lib/notify';
import { ClosingTheLoop, LoopOutcome } from './ClosingTheLoop';

import { AppLinks } from '../lib/appLinks';

const BOARD_ITEMS_PER_LANE = 50;
/** The lanes of the prioritisation view, and how many items of each it shows at most. */
const PRIORITY_LANES = ['now', 'next', 'later'] as const;
const PRIORITY_ITEMS_PER_LANE = 100;

/** A transition's result, with what closing the loop did (for the audit). */
export interface RoadmapTransition {
  item: RoadmapItemDetail;
  loop?: LoopOutcome;
}

/** Item fields as the API receives them: no score, criteria dates as dates. */
export type RoadmapItemInput = Omit<RoadmapItemFields, 'riceScore'>;

/**
 * The roadmap: items prioritised by RICE (scored here, never by the client), voted on by
 * developers, moved through lanes, shipped or killed; voters hear about every move.
 */
export class RoadmapService {
  constructor(
    private readonly options: {
      store: RoadmapStore;
      impactMap: Pick<ImpactMapService, 'hasImpact'>;
      directory: CatalogDirectory;
      notifications: NotificationService;
      logger: LoggerService;
      laneTitles: Record<RoadmapLane, string>;
      appLinks: AppLinks;
      earlyAccess: EarlyAccess;
      champions: ChampionsService;
      changelog: Pick<
        ChangelogService,
        'shipItemByHand' | 'deliverPending' | 'entriesLinking' | 'titles'
      >;
      feedback: Pick<FeedbackService, 'announceShipped' | 'linkedTo'>;
      evidence: EvidenceService;
      /** The insights snapshots, for the measured outcome of a shipped item. */
      insights: Pick<InsightsService, 'measuredOutcome'>;
      loop: ClosingTheLoop;
      events: DomainEvents;
      live: LiveUpdates;
      now?: () => Date;
    },
  ) {}

  /** The lanes in order, with their configured titles. */
  lanes(): { lane: RoadmapLane; title: string }[] {
    return roadmapLanes.map(lane => ({
      lane,
      title: this.options.laneTitles[lane],
    }));
  }

  async board(credentials: UserCredentials): Promise<RoadmapBoard> {
    const board = await this.options.store.board(
      BOARD_ITEMS_PER_LANE,
      await this.options.earlyAccess.mayAccess(credentials),
    );
    const all = [...board.values()].flatMap(lane => lane.items);
    const presented = await this.present(all, credentials);
    return {
      lanes: roadmapLanes.map(lane => ({
        lane,
        title: this.options.laneTitles[lane],
        items: presented.filter(item => item.lane === lane),
        totalCount: board.get(lane)?.totalCount ?? 0,
      })),
    };
  }

  async list(
    filter: Omit<RoadmapFilter, 'includeEarlyAccess'>,
    credentials: UserCredentials,
  ): Promise<Page<RoadmapItem>> {
    const page = await this.options.store.list({
      ...filter,
      includeEarlyAccess: await this.options.earlyAccess.mayAccess(credentials),
    });
    return { ...page, items: await this.present(page.items, credentials) };
  }

  async get(
    id: number,
    credentials: UserCredentials,
  ): Promise<RoadmapItemDetail> {
    const [item] = await this.present(
      [await this.find(id, credentials)],
      credentials,
    );
    const [criteria, history, outcome] = await Promise.all([
      this.options.store.criteria(id),
      this.options.store.history(id),
      this.options.store.outcome(id),
    ]);
    return { ...item, criteria, history, ...(outcome && { outcome }) };
  }

  /**
   * The measured outcome of a shipped item (409 for any other): its tools' active adoption and
   * satisfaction before and after it shipped.
   */
  async measuredOutcome(
    id: number,
    credentials: UserCredentials,
  ): Promise<MeasuredOutcome> {
    const item = await this.find(id, credentials);
    if (item.status !== 'shipped' || !item.shippedAt) {
      throw new ConflictError(`Roadmap item ${id} is ${item.status}`);
    }
    return this.options.insights.measuredOutcome(
      item.toolRefs,
      new Date(item.shippedAt),
    );
  }

  /**
   * Records the outcome decision of a shipped item's review (keep, iterate or kill, and why),
   * with the measured outcome and the evidence counts of now; 409 when the item is not shipped
   * or the version is stale.
   */
  async decideOutcome(
    id: number,
    input: { decision: OutcomeDecision; reason?: string; version: number },
    credentials: UserCredentials,
  ): Promise<RoadmapItemDetail> {
    const measured = await this.measuredOutcome(id, credentials);
    const behind = (await this.options.evidence.behind([id])).get(id)!;
    const actorRef = credentials.principal.userEntityRef;
    await this.options.store.decideOutcome(
      id,
      input.version,
      {
        decision: input.decision,
        reason: input.reason || undefined,
        measured,
        evidence: {
          people: behind.named.size + behind.anonymous,
          anonymous: behind.anonymous,
          kinds: behind.kinds.size,
        },
      },
      actorRef,
      this.now(),
    );
    await this.options.live.changed('roadmap', 'updated', id);
    return this.get(id, credentials);
  }

  async create(
    input: RoadmapItemInput & { lane: RoadmapLane },
    credentials: UserCredentials,
    once: CreateOnce = plainly,
  ): Promise<RoadmapItemDetail> {
    await this.validate(input, credentials);
    const id = await once(tx =>
      this.options.store.create(
        { ...input, riceScore: riceScore(input) },
        credentials.principal.userEntityRef,
        this.now(),
        tx,
      ),
    );
    await this.options.live.changed('roadmap', 'created', id);
    if (input.earlyAccess) await this.announceEarlyAccess(id, input.title);
    return this.get(id, credentials);
  }

  async update(
    id: number,
    version: number,
    input: RoadmapItemInput,
    credentials: UserCredentials,
  ): Promise<RoadmapItemDetail> {
    const before = await this.find(id, credentials);
    await this.validate(input, credentials);
    await this.options.store.update(
      id,
      version,
      { ...input, riceScore: riceScore(input) },
      this.now(),
    );
    await this.options.live.changed('roadmap', 'updated', id);
    if (input.earlyAccess && !before.earlyAccess) {
      await this.announceEarlyAccess(id, input.title);
    }
    return this.get(id, credentials);
  }

  /**
   * Moves an item to another lane. A move to Now closes the loop (everyone behind the item is
   * told, once: see ClosingTheLoop); any other move tells the voters.
   */
  async move(
    id: number,
    version: number,
    lane: RoadmapLane,
    credentials: UserCredentials,
  ): Promise<RoadmapTransition> {
    const actorRef = credentials.principal.userEntityRef;
    const now = this.now();
    let loop: LoopOutcome | undefined;
    const { from } = await this.options.store.move(
      id,
      version,
      lane,
      actorRef,
      now,
      async (tx, before) => {
        if (lane === 'now' && before !== 'now') {
          loop = await this.options.loop.close(tx, {
            itemId: id,
            transition: 'now',
            actorRef,
            now,
          });
        }
      },
    );
    await this.options.live.changed('roadmap', 'moved', id);
    const { laneTitles } = this.options;
    if (lane === 'now') {
      await this.options.loop.deliver();
    } else {
      await this.notifyVoters(id, actorRef, {
        topic: 'roadmap-moved',
        title: (title: string) =>
          `"${title}" moved from ${laneTitles[from]} to ${laneTitles[lane]}`,
        description: 'A roadmap item you voted for changed lanes.',
      });
    }
    const item = await this.get(id, credentials);
    await this.options.events.publish('roadmap.item-moved.v1', {
      ...eventFieldsOf(item, actorRef),
      fromLane: from,
      toLane: lane,
    });
    return { item, loop };
  }

  /**
   * Ships an item by hand, in one transaction with its changelog entries' links, the feedback
   * planned against it and closing the loop (its evidence moves to shipped, everyone behind it
   * is queued a notice naming the entry, sent once the entry is published).
   */
  async ship(
    id: number,
    version: number,
    changelogEntryIds: number[],
    credentials: UserCredentials,
  ): Promise<RoadmapTransition> {
    const actorRef = credentials.principal.userEntityRef;
    const now = this.now();
    const { changelog, feedback } = this.options;
    let untold: Awaited<
      ReturnType<ChangelogService['shipItemByHand']>
    >['untold'] = [];
    let loop: LoopOutcome | undefined;
    await this.options.store.ship(
      id,
      version,
      changelogEntryIds,
      actorRef,
      now,
      async tx => {
        const shipment = await changelog.shipItemByHand(tx, {
          entryIds: changelogEntryIds,
          roadmapItemId: id,
          actorRef,
          now,
        });
        untold = shipment.untold;
        loop = await this.options.loop.close(tx, {
          itemId: id,
          transition: 'shipped',
          changelogEntryId: shipment.entryId,
          actorRef,
          now,
          toldAlready: shipment.told,
        });
      },
    );
    await this.options.live.changed('roadmap', 'shipped', id);
    await changelog.deliverPending();
    await feedback.announceShipped(untold);
    await this.options.loop.deliver();
    const item = await this.get(id, credentials);
    await this.options.events.publish('roadmap.item-shipped.v1', {
      ...eventFieldsOf(item, actorRef),
      changelogEntryIds,
    });
    return { item, loop };
  }

  /** Kills an item with a reason; its evidence is declined with it and the loop closed. */
  async kill(
    id: number,
    version: number,
    reason: string,
    credentials: UserCredentials,
  ): Promise<RoadmapTransition> {
    const actorRef = credentials.principal.userEntityRef;
    const now = this.now();
    let loop: LoopOutcome | undefined;
    await this.options.store.kill(
      id,
      version,
      reason,
      actorRef,
      now,
      async tx => {
        loop = await this.options.loop.close(tx, {
          itemId: id,
          transition: 'killed',
          reason,
          actorRef,
          now,
        });
      },
    );
    await this.options.live.changed('roadmap', 'killed', id);
    await this.options.loop.deliver();
    const item = await this.get(id, credentials);
    await this.options.events.publish('roadmap.item-killed.v1', {
      ...eventFieldsOf(item, actorRef),
      reason,
    });
    return { item, loop };
  }

  /**
   * Deletes an item, unless feedback is planned against it (or shipped with it) or a changelog
   * entry links it: then a 409 names them, and nothing is deleted. The check runs in the
   * delete's transaction, under the item's row lock (see RoadmapStore.delete).
   */
  async delete(id: number): Promise<void> {
    const { store, feedback, changelog } = this.options;
    const deleted = await store.delete(id, async tx => {
      const feedbackIds = await feedback.linkedTo({ roadmapItemId: id }, tx);
      const changelogEntryIds = await changelog.entriesLinking(id, tx);
      refuseDanglingLinks(`Roadmap item ${id}`, {
        feedbackIds,
        changelogEntryIds,
      });
    });
    if (!deleted) {
      throw new NotFoundError(`No roadmap item with id ${id}`);
    }
    await this.options.live.changed('roadmap', 'deleted', id);
  }

  async vote(id: number, credentials: UserCredentials): Promise<RoadmapItem> {
    await this.find(id, credentials);
    const viewer = await this.options.directory.getViewer(credentials);
    await this.options.store.vote(
      id,
      viewer.userRef,
      viewer.teamRefs,
      this.now(),
    );
    await this.options.live.changed('roadmap', 'voted', id);
    return (
      await this.present([await this.find(id, credentials)], credentials)
    )[0];
  }

  async unvote(id: number, credentials: UserCredentials): Promise<RoadmapItem> {
    await this.find(id, credentials);
    await this.options.store.unvote(id, credentials.principal.userEntityRef);
    await this.options.live.changed('roadmap', 'voted', id);
    return (
      await this.present([await this.find(id, credentials)], credentials)
    )[0];
  }

  async setOutcome(
    criterionId: number,
    outcome: 'pending' | 'met' | 'missed',
    note: string | undefined,
    credentials: UserCredentials,
  ): Promise<RoadmapItemDetail> {
    const itemId = await this.options.store.setOutcome(
      criterionId,
      outcome,
      note,
    );
    return this.get(itemId, credentials);
  }

  /** Criteria due for review under their items, a page of criteria at a time. */
  async reviewsDue(page: KeysetPage): Promise<Page<RoadmapReviewDue>> {
    const due = await this.options.store.reviewsDue(this.now(), page);
    return {
      ...due,
      items: due.items.map(({ item, criteria }) => ({
        item: {
          id: item.id,
          title: item.title,
          lane: item.lane,
          status: item.status,
          ownerRef: item.ownerRef,
        },
        criteria,
      })),
    };
  }

  /**
   * Suggested reach: the distinct people of the teams that adopt any of the tools, of the
   * teams of the item's voters and of its evidence teams, plus its voters and the named people
   * behind its evidence, with the breakdown by team.
   */
  async suggestReach(
    toolRefs: string[],
    itemId: number | undefined,
    credentials: BackstageCredentials,
  ): Promise<ReachSuggestion> {
    if (!itemId) {
      return this.reachOf(toolRefs, undefined, credentials);
    }
    // 404 for an item the caller may not see (early access), like every other read of it.
    await this.find(itemId, credentials);
    const known = await this.behindItem(itemId, credentials);
    return this.reachOf(toolRefs, { id: itemId, ...known }, credentials);
  }

  /**
   * The demand behind an item (its evidence, the people and teams behind it, voters' and
   * requesting teams) and the reach and confidence it suggests.
   */
  async demand(
    id: number,
    credentials: BackstageCredentials,
    readResearch: boolean,
  ): Promise<RoadmapDemand> {
    const item = await this.find(id, credentials);
    const known = await this.behindItem(id, credentials);
    const { reach } = await this.reachOf(
      item.toolRefs,
      { id, ...known },
      credentials,
    );
    return this.options.evidence.demand({
      item,
      ...known,
      reach,
      readResearch,
    });
  }

  /**
   * The prioritisation view: the active items of Now, Next and Later (up to
   * PRIORITY_ITEMS_PER_LANE each) with RICE, votes and evidence counts.
   */
  async priorities(
    credentials: BackstageCredentials,
  ): Promise<RoadmapPriorities> {
    const includeEarlyAccess = await this.options.earlyAccess.mayAccess(
      credentials,
    );
    const pages = await Promise.all(
      PRIORITY_LANES.map(lane =>
        this.options.store.list({
          status: 'active',
          lane,
          sort: 'rice',
          limit: PRIORITY_ITEMS_PER_LANE,
          offset: 0,
          includeEarlyAccess,
        }),
      ),
    );
    const items = pages.flatMap(page => page.items);
    const [behind, teams] = await Promise.all([
      this.options.evidence.behind(items.map(item => item.id)),
      this.options.directory.listTeams(credentials),
    ]);
    return {
      items: this.options.evidence.priorities(items, behind, teams),
      truncated: pages.some(page => page.totalCount > page.items.length),
      itemsPerLane: PRIORITY_ITEMS_PER_LANE,
    };
  }

  /** Links a source as evidence for an item the caller may see (see EvidenceService.link). */
  async linkEvidence(
    id: number,
    source: EvidenceSource,
    credentials: UserCredentials,
  ) {
    await this.find(id, credentials);
    return this.options.evidence.link(
      id,
      source,
      credentials.principal.userEntityRef,
    );
  }

  async unlinkEvidence(
    id: number,
    evidenceId: number,
    credentials: BackstageCredentials,
  ): Promise<void> {
    await this.find(id, credentials);
    await this.options.evidence.unlink(id, evidenceId);
  }

  /** The roadmap items a source is evidence for (early-access items only for those who may). */
  async evidenceOf(
    source: EvidenceSource,
    credentials: BackstageCredentials,
  ): Promise<SourceEvidence> {
    const [links, mayAccess] = await Promise.all([
      this.options.evidence.itemsOf(source),
      this.options.earlyAccess.mayAccess(credentials),
    ]);
    if (mayAccess) return links;
    const hidden = await this.options.store.earlyAccessAmong(
      links.items.map(link => link.roadmapItemId),
    );
    return {
      items: links.items.filter(link => !hidden.has(link.roadmapItemId)),
    };
  }

  /** The people and teams behind an item's evidence and votes. */
  private async behindItem(id: number, credentials: BackstageCredentials) {
    const [behind, teams, voterRefs] = await Promise.all([
      this.options.evidence.behind([id]),
      this.options.directory.listTeams(credentials),
      this.options.store.voterRefs(id),
    ]);
    return { behind: behind.get(id)!, teams, voterRefs };
  }

  private async reachOf(
    toolRefs: string[],
    item: { id: number; behind: Behind; voterRefs: string[] } | undefined,
    credentials: BackstageCredentials,
  ): Promise<ReachSuggestion> {
    const { directory, store } = this.options;
    const [teams, adoption, votingTeams] = await Promise.all([
      directory.listTeams(credentials),
      directory.getAdoption(credentials),
      item ? store.voterTeamRefs(item.id) : [],
    ]);
    const named = item?.behind.named ?? new Set<string>();
    const researched = item?.behind.teamRefs ?? new Set<string>();
    const adopting = new Set(
      adoption
        .filter(a => toolRefs.includes(a.toolRef))
        .flatMap(a => a.teamRefs),
    );
    const voting = new Set(votingTeams);
    const reasonsOf = (team: TeamRecord) => [
      ...(adopting.has(team.ref) ? (['adopts'] as const) : []),
      ...(voting.has(team.ref) ? (['voted'] as const) : []),
      ...(researched.has(team.ref) ||
      team.memberRefs.some(ref => named.has(ref))
        ? (['evidence'] as const)
        : []),
    ];
    const counted = teams
      .map(team => ({ team, reasons: reasonsOf(team) }))
      .filter(({ reasons }) => reasons.length > 0);
    const people = new Set([
      ...counted.flatMap(({ team }) => team.memberRefs),
      ...(item?.voterRefs ?? []),
      ...named,
    ]);
    return {
      reach: people.size,
      teams: counted.map(({ team, reasons }) => ({
        teamRef: team.ref,
        title: team.title,
        people: team.memberRefs.length,
        reasons,
      })),
    };
  }

  /** Unknown tools, teams, owners or impacts are 400s naming the field. */
  private async validate(
    input: RoadmapItemInput,
    credentials: BackstageCredentials,
  ) {
    const { directory, impactMap } = this.options;
    const [tools, teams, owner] = await Promise.all([
      directory.listTools(credentials),
      directory.listTeams(credentials),
      directory.getGroup(input.ownerRef, credentials),
    ]);
    const problems: string[] = [];
    if (!owner) {
      problems.push(
        `ownerRef: ${input.ownerRef} is not a group in the catalog`,
      );
    }
    const unknown = (refs: string[], known: { ref: string }[]) =>
      refs.filter(ref => !known.some(k => k.ref === ref));
    const badTools = unknown(input.toolRefs, tools);
    if (badTools.length) {
      problems.push(`toolRefs: ${badTools.join(', ')} not a platform tool`);
    }
    const badTeams = unknown(input.requestingTeamRefs, teams);
    if (badTeams.length) {
      problems.push(`requestingTeamRefs: ${badTeams.join(', ')} not a team`);
    }
    if (input.impactId && !(await impactMap.hasImpact(input.impactId))) {
      problems.push(`impactId: no impact with id ${input.impactId}`);
    }
    if (problems.length) {
      throw new InputError(`Invalid body: ${problems.join('; ')}`);
    }
  }

  /**
   * The item, if it exists and (with `credentials`) the caller may see it: early-access items
   * are 404 for people without early access.
   */
  private async find(
    id: number,
    credentials?: BackstageCredentials,
  ): Promise<StoredRoadmapItem> {
    const item = await this.options.store.get(id);
    const hidden =
      item?.earlyAccess &&
      credentials &&
      !(await this.options.earlyAccess.mayAccess(credentials));
    if (!item || hidden) {
      throw new NotFoundError(`No roadmap item with id ${id}`);
    }
    return item;
  }

  private async present(
    items: StoredRoadmapItem[],
    credentials: UserCredentials,
  ): Promise<RoadmapItem[]> {
    if (!items.length) {
      return [];
    }
    const [voted, entries] = await Promise.all([
      this.options.store.votedBy(
        items.map(i => i.id),
        credentials.principal.userEntityRef,
      ),
      this.options.changelog.titles(
        [...new Set(items.flatMap(item => item.changelogEntryIds))],
        credentials,
      ),
    ]);
    return items.map(item => ({
      ...item,
      voted: voted.has(item.id),
      changelogEntries: item.changelogEntryIds.flatMap(entryId => {
        const title = entries.get(entryId);
        return title === undefined ? [] : [{ id: entryId, title }];
      }),
    }));
  }

  private async announceEarlyAccess(id: number, title: string) {
    await this.options.champions.announceEarlyAccess({
      title: `Early access: "${title}" is on the roadmap`,
      link: this.options.appLinks.page('roadmap', id),
    });
  }

  /** Tells the item's voters, except the person acting. */
  private async notifyVoters(
    id: number,
    actorRef: string,
    message: {
      topic: string;
      title: (itemTitle: string) => string;
      description: string;
    },
  ) {
    const [item, voters] = await Promise.all([
      this.find(id),
      this.options.store.voterRefs(id),
    ]);
    await notifyPeople(
      this.options,
      voters,
      {
        topic: message.topic,
        title: message.title(item.title),
        description: message.description,
        link: this.options.appLinks.page('roadmap', id),
      },
      actorRef,
    );
  }

  private now() {
    return this.options.now?.() ?? new Date();
  }
}

/** What every roadmap event says about its item. */
export function eventFieldsOf(
  item: Pick<RoadmapItem, 'id' | 'title' | 'toolRefs'>,
  actorRef: string,
) {
  return {
    actorRef,
    itemId: item.id,
    title: item.title,
    toolRefs: item.toolRefs,
  };
}
