import {
  AuthService,
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { Knex } from 'knex';
import {
  ChangelogAudience,
  ChangelogAudienceReason,
  ChangelogCategory,
  ChangelogDeliveryReport,
  ChangelogEntry,
  ChangelogReach,
  ChangelogReachByWeek,
  ChangelogReachWeek,
  ChangelogRevision,
  ChangelogUnseen,
  Page,
  ReachFigure,
} from 'backstage-plugin-platform-product-common';
import { CatalogDirectory, TeamRecord } from '../catalog/CatalogDirectory';
import { KeysetPage } from '../database/keyset';
import {
  ChangelogFields,
  ChangelogStore,
  Publication,
  StoredChangelogEntry,
} from '../database/ChangelogStore';
import {
  ChangelogOutboxStore,
  Delivery,
} from '../database/ChangelogOutboxStore';
import { CreateOnce, plainly } from '../database/IdempotencyStore';
import { DomainEvents } from '../lib/DomainEvents';
import { EarlyAccess } from './EarlyAccess';
import { eventFieldsOf } from './RoadmapService';
import { isReachShown, teamReach } from '../lib/reach';
import { FeedbackService } from './FeedbackService';
import { UserCredentials } from '../lib/credentials';
import { Notice } from '../lib/notify';
import { refuseDanglingLinks } from '../lib/links';
import { LiveUpdates } from '../lib/LiveUpdates';
import { ClosingTheLoop } from './ClosingTheLoop';
import { RoadmapItems } from './RoadmapItems';

import { AppLinks } from '../lib/appLinks';

const DAY = 24 * 60 * 60 * 1000;
/** Without a "last seen" marker, entries of the last two weeks count as new. */
const FIRST_VISIT_WINDOW = 14 * DAY;
/**
 * People per claim and notification call. Small, because a sender that dies between sending and
 * marking sent leaves its claim to be sent again: at most this many repeated deliveries (the
 * notification's scope makes the repeat update each person's notification, not add one).
 */
const DELIVERY_BATCH = 25;
/** A claim older than this belongs to a sender that died; the next run retries it. */
const CLAIM_TIMEOUT = 5 * 60 * 1000;

const CATEGORY_TITLES: Record<ChangelogCategory, string> = {
  new: 'New',
  improved: 'Improved',
  fixed: 'Fixed',
  deprecated: 'Deprecated',
  breaking: 'Breaking change',
};

/** How many links a refused delete names. */
const LINKS_SHOWN = 10;

/** A person to tell that a feedback item shipped. */
type FeedbackDelivery = { userRef: string; feedbackItemId: number };

/** What an entry's audience depends on. */
type AudienceSource = Pick<
  StoredChangelogEntry,
  'toolRefs' | 'roadmapItemIds' | 'earlyAccess'
>;

export type { StoredChangelogEntry };

export type ChangelogInput = ChangelogFields & {
  status: 'draft' | 'scheduled' | 'published';
};

/**
 * The changelog: maintainers write, schedule and publish entries; on publish the audience is
 * computed from the catalog and notified exactly once per person through an outbox.
 */
export class ChangelogService {
  constructor(
    private readonly options: {
      store: ChangelogStore;
      outbox: ChangelogOutboxStore;
      roadmap: RoadmapItems;
      /** The champions area's list of active champions (`ChampionsService`). */
      champions: { activeChampionRefs(): Promise<string[]> };
      feedback: FeedbackService;
      directory: CatalogDirectory;
      earlyAccess: EarlyAccess;
      notifications: NotificationService;
      logger: LoggerService;
      auth: AuthService;
      events: DomainEvents;
      live: LiveUpdates;
      loop: ClosingTheLoop;
      minGroupSize: number;
      appLinks: AppLinks;
      now?: () => Date;
    },
  ) {}

  async list(
    query: {
      toolRef?: string;
      category?: ChangelogCategory;
      mine?: boolean;
      q?: string;
      limit: number;
      offset: number;
    },
    credentials: UserCredentials,
  ): Promise<Page<ChangelogEntry>> {
    const { directory, earlyAccess, store } = this.options;
    let toolRefs = query.toolRef ? [query.toolRef] : undefined;
    if (query.mine) {
      const [viewer, adoption] = await Promise.all([
        directory.getViewer(credentials),
        directory.getAdoption(credentials),
      ]);
      const mine = adoption
        .filter(a => a.teamRefs.some(t => viewer.teamRefs.includes(t)))
        .map(a => a.toolRef);
      toolRefs = toolRefs ? toolRefs.filter(t => mine.includes(t)) : mine;
    }
    const page = await store.listPublished(
      {
        toolRefs,
        category: query.category,
        search: query.q,
        includeEarlyAccess: await earlyAccess.mayAccess(credentials),
        limit: query.limit,
        offset: query.offset,
      },
      this.now(),
    );
    return { ...page, items: await this.present(page.items, credentials) };
  }

  /** Drafts and scheduled entries; the router lets only writers ask. */
  async unpublished(
    page: KeysetPage & { q?: string },
    credentials: UserCredentials,
  ): Promise<Page<ChangelogEntry>> {
    const found = await this.options.store.listUnpublished(page);
    return { ...found, items: await this.present(found.items, credentials) };
  }

  /** One entry: published ones for readers (early access permitting), any for writers. */
  async get(
    id: number,
    access: { credentials: UserCredentials; write: boolean },
  ): Promise<ChangelogEntry> {
    const entry = await this.options.store.get(id);
    const visible =
      entry &&
      (access.write ||
        (entry.status === 'published' &&
          (!this.inEarlyAccess(entry) ||
            (await this.options.earlyAccess.mayAccess(access.credentials)))));
    if (!visible) {
      throw new NotFoundError(`No changelog entry with id ${id}`);
    }
    return (await this.present([entry], access.credentials))[0];
  }

  async revisions(
    id: number,
    page: KeysetPage,
  ): Promise<Page<ChangelogRevision>> {
    await this.find(id);
    return this.options.store.revisions(id, page);
  }

  /** Creates an entry; one created as published is published in the same transaction. */
  async create(
    input: ChangelogInput,
    credentials: UserCredentials,
    once: CreateOnce = plainly,
  ): Promise<ChangelogEntry> {
    await this.validate(input, credentials);
    const actorRef = credentials.principal.userEntityRef;
    const now = this.now();
    const publication =
      input.status === 'published'
        ? await this.publication(input, actorRef, now)
        : undefined;
    const id = await once(tx =>
      this.options.store.create(
        input,
        input.status === 'scheduled' ? 'scheduled' : 'draft',
        actorRef,
        now,
        tx,
        publication,
      ),
    );
    if (publication) {
      await this.announce(id, actorRef, publication);
    }
    return this.get(id, { credentials, write: true });
  }

  async update(
    id: number,
    version: number,
    input: ChangelogInput,
    credentials: UserCredentials,
  ): Promise<ChangelogEntry> {
    const before = await this.find(id);
    await this.validate(input, credentials);
    const actorRef = credentials.principal.userEntityRef;
    const status = before.status === 'published' ? undefined : input.status;
    await this.options.store.update(
      id,
      version,
      input,
      status === 'published' ? undefined : status,
      actorRef,
      this.now(),
    );
    if (status === 'published') {
      await this.publish(id, actorRef);
    }
    return this.get(id, { credentials, write: true });
  }

  /**
   * Deletes an entry, unless something links to it: feedback that shipped with it, or roadmap
   * items it shipped. Then a 409 names them (unlink or reopen them first): a delete never leaves
   * a link pointing at nothing. The check runs in the delete's transaction, under the entry's row
   * lock (see ChangelogStore.delete). A draft's own links to the items it will ship go with it.
   */
  async delete(id: number, credentials: UserCredentials): Promise<void> {
    const { store, feedback, roadmap } = this.options;
    await store.delete(
      id,
      credentials.principal.userEntityRef,
      this.now(),
      async (tx, linkedItemIds) => {
        const feedbackIds = await feedback.linkedTo(
          { changelogEntryId: id },
          tx,
        );
        const roadmapItemIds = await roadmap.shippedWith(linkedItemIds, id, tx);
        refuseDanglingLinks(`Changelog entry ${id}`, {
          feedbackIds,
          roadmapItemIds,
        });
      },
    );
  }

  /**
   * Publishes a draft or scheduled entry now: queues a notification per person of its audience,
   * ships its roadmap items, and sends what it can right away (the rest is retried).
   */
  async publishNow(id: number, credentials: UserCredentials) {
    await this.find(id);
    await this.publish(id, credentials.principal.userEntityRef);
    return this.get(id, { credentials, write: true });
  }

  /**
   * Publishes the scheduled entries that are due and sends pending notifications. An entry that
   * cannot be published (e.g. shipping its roadmap items failed) stays scheduled and is retried
   * on the next run; the others go ahead.
   */
  async runScheduled(): Promise<void> {
    for (const id of await this.options.store.duePublications(this.now())) {
      try {
        const entry = await this.find(id);
        await this.publish(id, entry.authorRef);
      } catch (error) {
        this.options.logger.warn(
          `Could not publish changelog entry ${id}, will retry: ${error}`,
        );
      }
    }
    await this.deliver();
    await this.options.loop.deliver();
  }

  /**
   * The entry's audience, from one batched catalog read: people in teams adopting a linked
   * tool, voters of linked roadmap items, and active champions. Early-access entries reach the
   * champions only.
   */
  async audienceOf(
    entry: AudienceSource,
    credentials: BackstageCredentials,
  ): Promise<string[]> {
    const { reasons } = await this.audienceReasons(entry, credentials);
    return [...new Set(Object.values(reasons).flatMap(set => [...set]))].sort();
  }

  /**
   * Who publishing the entry would notify, in counts per reason and per team, never by name.
   * Read as the plugin like the publication itself: the audience is everyone concerned, not
   * what the maintainer may see.
   */
  async audiencePreview(id: number): Promise<ChangelogAudience> {
    const entry = await this.find(id);
    const { reasons, teams } = await this.audienceReasons(
      entry,
      await this.options.auth.getOwnServiceCredentials(),
    );
    const everyone = new Set(Object.values(reasons).flatMap(set => [...set]));
    const inTeams = new Set<string>();
    const byTeam = teams
      .map(team => {
        const members = team.memberRefs.filter(ref => everyone.has(ref));
        members.forEach(ref => inTeams.add(ref));
        return { teamRef: team.ref, title: team.title, count: members.length };
      })
      .filter(team => team.count > 0)
      .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title));
    return {
      total: everyone.size,
      byReason: {
        adopters: reasons.adopters.size,
        voters: reasons.voters.size,
        champions: reasons.champions.size,
      },
      byTeam,
      withoutTeam: everyone.size - inTeams.size,
    };
  }

  /** The entry's notification outbox, for maintainers: sent, pending, failed. */
  async deliveryReport(id: number): Promise<ChangelogDeliveryReport> {
    await this.find(id);
    return this.options.outbox.deliveryReport(id);
  }

  private async audienceReasons(
    entry: AudienceSource,
    credentials: BackstageCredentials,
  ): Promise<{
    reasons: Record<ChangelogAudienceReason, Set<string>>;
    teams: TeamRecord[];
  }> {
    const { directory, roadmap, champions } = this.options;
    const championRefs = new Set(await champions.activeChampionRefs());
    const [teams, adoption, voters] = await Promise.all([
      directory.listTeams(credentials),
      entry.earlyAccess ? [] : directory.getAdoption(credentials),
      entry.roadmapItemIds.length && !entry.earlyAccess
        ? roadmap.votersOf(entry.roadmapItemIds)
        : [],
    ]);
    const adopting = new Set(
      adoption
        .filter(a => entry.toolRefs.includes(a.toolRef))
        .flatMap(a => a.teamRefs),
    );
    return {
      reasons: {
        adopters: new Set(
          teams.filter(t => adopting.has(t.ref)).flatMap(t => t.memberRefs),
        ),
        voters: new Set(voters),
        champions: championRefs,
      },
      teams,
    };
  }

  async react(id: number, helpful: boolean, credentials: UserCredentials) {
    await this.get(id, { credentials, write: false });
    await this.options.store.react(
      id,
      credentials.principal.userEntityRef,
      helpful,
      this.now(),
    );
    return this.get(id, { credentials, write: false });
  }

  /**
   * Read receipts of a published entry: how many of its audience opened the changelog since,
   * overall and per team the caller may see, under the minimum group size (see `teamReach`).
   * Each person counts for one team, chosen among all their teams (read as the plugin), so the
   * slices are the same whoever asks.
   */
  async reach(
    id: number,
    credentials: UserCredentials,
  ): Promise<ChangelogReach> {
    const entry = await this.find(id);
    const { store, directory, minGroupSize } = this.options;
    const [audience, teams, visible] = await Promise.all([
      entry.status === 'published' ? store.readers(id) : [],
      directory.pluginCredentials().then(c => directory.listTeams(c)),
      directory.listTeams(credentials),
    ]);
    return {
      entryId: id,
      minGroupSize,
      ...teamReach(
        audience,
        teams,
        minGroupSize,
        new Set(visible.map(team => team.ref)),
      ),
    };
  }

  /**
   * Changelog reach per week (Monday, UTC) of the last `weeks` weeks, oldest first. A week adds
   * up only the entries whose own reach is shown (`isReachShown`, as on the entry's page): an
   * entry hidden for its small audience counts among the week's entries but not in its figure,
   * or "week minus the week's shown entries" would be that small audience's reach.
   */
  async weeklyReach(weeks: number): Promise<ChangelogReachByWeek> {
    const { store, minGroupSize } = this.options;
    const first = weekStart(
      new Date(this.now().getTime() - (weeks - 1) * 7 * DAY),
    );
    const byWeek = new Map<number, { entries: number } & ReachFigure>();
    for (let i = 0; i < weeks; i++) {
      byWeek.set(first + i * 7 * DAY, { entries: 0, audience: 0, readers: 0 });
    }
    for (const entry of await store.reachSince(new Date(first))) {
      const week = byWeek.get(weekStart(entry.publishedAt));
      if (!week) continue;
      week.entries += 1;
      if (isReachShown(entry.audience, minGroupSize)) {
        week.audience += entry.audience;
        week.readers += entry.readers;
      }
    }
    const items = [...byWeek].map(
      ([start, { entries, audience, readers }]): ChangelogReachWeek => ({
        weekStart: new Date(start).toISOString(),
        entries,
        reach: isReachShown(audience, minGroupSize)
          ? { audience, readers }
          : null,
      }),
    );
    return { minGroupSize, items };
  }

  async unseen(credentials: UserCredentials): Promise<ChangelogUnseen> {
    const { store, earlyAccess } = this.options;
    const lastSeen = await store.seenAt(credentials.principal.userEntityRef);
    const since =
      lastSeen ?? new Date(this.now().getTime() - FIRST_VISIT_WINDOW);
    return {
      count: await store.countPublishedSince(
        since,
        await earlyAccess.mayAccess(credentials),
        this.now(),
      ),
      lastSeenAt: lastSeen?.toISOString(),
    };
  }

  async markSeen(credentials: UserCredentials): Promise<void> {
    await this.options.store.markSeen(
      credentials.principal.userEntityRef,
      this.now(),
    );
  }

  /** Published entries nobody needs early access for: the feed and search. */
  async publicEntries(
    toolRef: string | undefined,
    limit: number,
  ): Promise<StoredChangelogEntry[]> {
    const page = await this.options.store.listPublished(
      {
        toolRefs: toolRef ? [toolRef] : undefined,
        includeEarlyAccess: false,
        limit,
        offset: 0,
      },
      this.now(),
    );
    return page.items;
  }

  /** A page of every public entry, for search. */
  async publicPage(page: { limit: number; cursor?: string }) {
    return this.options.store.pagePublic(page, this.now());
  }

  private async publish(id: number, actorRef: string) {
    const entry = await this.find(id);
    const now = this.now();
    const publication = await this.publication(entry, actorRef, now);
    const { audience, alongside } = publication;
    if (
      await this.options.store.publish(id, audience, actorRef, now, alongside)
    ) {
      await this.announce(id, actorRef, publication);
    } else {
      await this.deliver();
    }
  }

  /**
   * After a publish committed: sends the notifications, publishes the domain events of the
   * entry and of the roadmap items it shipped, and signals those items' move to open boards.
   */
  private async announce(
    id: number,
    actorRef: string,
    publication: Publication & { shipped: number[] },
  ) {
    await this.deliver();
    await this.options.loop.deliver();
    const { events, roadmap } = this.options;
    const entry = await this.find(id);
    await events.publish('changelog.entry-published.v1', {
      actorRef,
      entryId: id,
      title: entry.title,
      category: entry.category,
      toolRefs: entry.toolRefs,
      roadmapItemIds: entry.roadmapItemIds,
      earlyAccess: entry.earlyAccess,
      link: this.options.appLinks.page('changelog', id),
    });
    for (const itemId of publication.shipped) {
      await this.options.live.changed('roadmap', 'shipped', itemId);
      const item = await roadmap.get(itemId);
      if (item) {
        await events.publish('roadmap.item-shipped.v1', {
          ...eventFieldsOf(item, actorRef),
          changelogEntryIds: [id],
        });
      }
    }
  }

  /**
   * The titles of the entries among `ids` that `reader` may see, in one read (none for no ids):
   * published ones, and those still in early access only for readers with early access, as on
   * the entry's page. Without a reader (e.g. for a notification), what everyone may see.
   */
  async titles(
    ids: number[],
    reader?: BackstageCredentials,
  ): Promise<Map<number, string>> {
    if (!ids.length) {
      return new Map();
    }
    const includeEarlyAccess =
      !!reader && (await this.options.earlyAccess.mayAccess(reader));
    return this.options.store.titles(ids, {
      includeEarlyAccess,
      now: this.now(),
    });
  }

  /**
   * Entries published in [from, to) that nobody needed early access for at `to`, newest first,
   * at most `limit` (the weekly digest).
   */
  async publishedBetween(
    from: Date,
    to: Date,
    limit: number,
  ): Promise<StoredChangelogEntry[]> {
    return this.options.store.publishedBetween(from, to, limit);
  }

  /**
   * A roadmap item shipped by hand (not by publishing an entry), in its ship transaction `tx`:
   * links the entries back to the item (unknown entries are a 400 and undo the shipment), ships
   * the feedback planned against it with the first entry (a published one if there is one), and
   * queues in that entry's outbox one notice per person that their feedback shipped, as
   * publishing does. A draft's or scheduled entry's outbox is sent when it is published: nobody
   * hears of an entry before it is out. Returns the entry, everyone told, and, without entries
   * (no outbox to queue in), who to tell once the shipment is committed.
   */
  async shipItemByHand(
    tx: Knex.Transaction,
    shipment: {
      entryIds: number[];
      roadmapItemId: number;
      actorRef: string;
      now: Date;
    },
  ): Promise<{
    entryId?: number;
    told: string[];
    untold: FeedbackDelivery[];
  }> {
    const { entryIds, roadmapItemId, actorRef, now } = shipment;
    const [entryId] = await this.options.store.linkShippedItem(
      tx,
      entryIds,
      roadmapItemId,
    );
    const people = await this.options.feedback.shipPlanned(
      [roadmapItemId],
      entryId,
      actorRef,
      now,
      tx,
    );
    const told = people.map(person => person.userRef);
    if (entryId === undefined) {
      return { told, untold: people };
    }
    await this.options.outbox.queueFeedbackDeliveries(tx, entryId, people);
    return { entryId, told, untold: [] };
  }

  /**
   * Up to a few entries (not deleted) linked to the roadmap item, read in `tx` when given (the
   * delete that refuses to leave them dangling).
   */
  async entriesLinking(
    roadmapItemId: number,
    tx?: Knex.Transaction,
  ): Promise<number[]> {
    return this.options.store.linkingRoadmapItem(
      roadmapItemId,
      LINKS_SHOWN,
      tx,
    );
  }

  /** Sends what the outbox holds (e.g. after a roadmap item shipped by hand). */
  async deliverPending(): Promise<void> {
    await this.deliver();
  }

  /**
   * What publishing the entry does: notify its audience, and ship its roadmap items and the
   * feedback planned against them in the publish transaction (a failure there undoes the
   * publish, and the next attempt ships them). The feedback's authors and +1s are told through
   * the outbox, once, that their feedback shipped; the people behind each shipped item's
   * evidence who are told neither of the entry nor of their feedback, through the loop's outbox.
   */
  private async publication(
    entry: AudienceSource,
    actorRef: string,
    now: Date,
  ): Promise<Publication & { shipped: number[] }> {
    // The audience is everyone concerned, not what the publisher may see: read as the plugin.
    const credentials = await this.options.auth.getOwnServiceCredentials();
    const { roadmapItemIds } = entry;
    /** The items this publish shipped, once its transaction ran (to announce after commit). */
    const shipped: number[] = [];
    const audience = await this.audienceOf(entry, credentials);
    return {
      audience,
      shipped,
      alongside: async (tx, entryId) => {
        if (!roadmapItemIds.length) {
          return [];
        }
        shipped.splice(
          0,
          shipped.length,
          ...(await this.options.roadmap.shipFromChangelog(tx, {
            ids: roadmapItemIds,
            entryId,
            actorRef,
            now,
          })),
        );
        const people = await this.options.feedback.shipPlanned(
          roadmapItemIds,
          entryId,
          actorRef,
          now,
          tx,
        );
        const toldAlready = [...audience, ...people.map(p => p.userRef)];
        for (const itemId of shipped) {
          await this.options.loop.close(tx, {
            itemId,
            transition: 'shipped',
            changelogEntryId: entryId,
            actorRef,
            now,
            toldAlready,
          });
        }
        return people;
      },
    };
  }

  /**
   * Sends queued notifications: one notification call per entry and small batch of people,
   * marking them sent; on failure they are released for the next run. A sender that dies after
   * sending and before marking leaves one batch that another sender repeats after the claim
   * timeout; the entry's notification scope makes that repeat harmless.
   */
  private async deliver(): Promise<void> {
    const { outbox } = this.options;
    for (;;) {
      const now = this.now();
      const claimed = await outbox.claimDeliveries(
        now,
        new Date(now.getTime() - CLAIM_TIMEOUT),
        DELIVERY_BATCH,
      );
      if (!claimed.length) {
        return;
      }
      for (const batch of groupByNotice(claimed)) {
        const { entryId, feedbackItemId } = batch[0];
        const entry = await this.options.store.get(entryId);
        try {
          if (entry)
            await this.notify(
              entry,
              batch.map(d => d.userRef),
              feedbackItemId,
            );
          await outbox.markDelivered(batch, this.now());
        } catch (error) {
          this.options.logger.warn(
            `Could not notify about changelog entry ${entryId}, will retry: ${error}`,
          );
          await outbox.releaseDeliveries(batch, this.now());
          return;
        }
      }
    }
  }

  /** Announces the entry, or, with `feedbackItemId`, tells that feedback's people it shipped. */
  private async notify(
    entry: StoredChangelogEntry,
    recipients: string[],
    feedbackItemId?: number,
  ) {
    const notice: Notice = (feedbackItemId &&
      (await this.options.feedback.shippedNotice(
        feedbackItemId,
        // The feedback's people are not the entry's audience: name it only if everyone may see it.
        this.inEarlyAccess(entry) ? undefined : entry.title,
      ))) || {
      title: `${CATEGORY_TITLES[entry.category]}: ${entry.title}`,
      description: summary(entry.body),
      link: this.options.appLinks.page('changelog', entry.id),
      topic: `changelog-${entry.category}`,
    };
    await this.options.notifications.send({
      recipients: { type: 'entity', entityRef: recipients },
      payload: {
        ...notice,
        severity: entry.category === 'breaking' ? 'high' : 'normal',
        // One notification per person and entry: the notifications backend updates the
        // person's notification with this scope instead of adding a second one.
        scope: changelogScope(entry.id),
      },
    });
  }

  private async validate(
    input: ChangelogInput,
    credentials: BackstageCredentials,
  ) {
    const problems: string[] = [];
    const tools = await this.options.directory.listTools(credentials);
    const unknownTools = input.toolRefs.filter(
      ref => !tools.some(t => t.ref === ref),
    );
    if (unknownTools.length) {
      problems.push(`toolRefs: ${unknownTools.join(', ')} not a platform tool`);
    }
    const items = await this.options.roadmap.existing(input.roadmapItemIds);
    const unknownItems = input.roadmapItemIds.filter(id => !items.has(id));
    if (unknownItems.length) {
      problems.push(
        `roadmapItemIds: no roadmap item ${unknownItems.join(', ')}`,
      );
    }
    if (problems.length) {
      throw new InputError(`Invalid body: ${problems.join('; ')}`);
    }
  }

  private async find(id: number): Promise<StoredChangelogEntry> {
    const entry = await this.options.store.get(id);
    if (!entry) {
      throw new NotFoundError(`No changelog entry with id ${id}`);
    }
    return entry;
  }

  private inEarlyAccess(entry: StoredChangelogEntry) {
    return (
      entry.earlyAccess &&
      (!entry.earlyAccessUntil || new Date(entry.earlyAccessUntil) > this.now())
    );
  }

  private async present(
    entries: StoredChangelogEntry[],
    credentials: UserCredentials,
  ): Promise<ChangelogEntry[]> {
    if (!entries.length) {
      return [];
    }
    const userRef = credentials.principal.userEntityRef;
    const { store } = this.options;
    const [helpful, seenAt] = await Promise.all([
      store.helpfulFor(
        entries.map(e => e.id),
        userRef,
      ),
      store.seenAt(userRef),
    ]);
    const since = seenAt ?? new Date(this.now().getTime() - FIRST_VISIT_WINDOW);
    return entries.map(entry => ({
      ...entry,
      helpful: helpful.has(entry.id),
      isNew: !!entry.publishedAt && new Date(entry.publishedAt) > since,
    }));
  }

  private now() {
    return this.options.now?.() ?? new Date();
  }
}

/** The start (Monday 00:00 UTC, in ms) of the week of `date`. */
function weekStart(date: Date): number {
  const day = Date.UTC(
    date.getUTCFullYear(),
    date.getUTCMonth(),
    date.getUTCDate(),
  );
  return day - ((date.getUTCDay() + 6) % 7) * DAY;
}

/** The notification scope of a changelog entry, unique to it. */
function changelogScope(entryId: number): string {
  return `platform-product:changelog:${entryId}`;
}

/** Deliveries that get the same notification: same entry, same feedback item (or none). */
function groupByNotice(deliveries: Delivery[]): Delivery[][] {
  const groups = new Map<string, Delivery[]>();
  for (const delivery of deliveries) {
    const key = `${delivery.entryId}:${delivery.feedbackItemId ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), delivery]);
  }
  return [...groups.values()];
}

/** The first paragraph of a markdown body, without markup, at most 200 characters. */
function summary(body: string): string {
  const text = body
    .split(/\n\s*\n/)[0]
    .replace(/[#*_`>[\]]/g, '')
    .replace(/\((https?:[^)]*)\)/g, '')
    .trim();
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
