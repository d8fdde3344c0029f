import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  ConflictError,
  InputError,
  isError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { Knex } from 'knex';
import {
  FeedbackActivity,
  FeedbackBulkResult,
  FeedbackItem,
  FeedbackStatus,
  FeedbackTriageCount,
  feedbackTransitions,
  Page,
} from 'backstage-plugin-platform-product-common';
import { CatalogDirectory } from '../catalog/CatalogDirectory';
import {
  FeedbackAsEvidence,
  FeedbackFilter,
  FeedbackStore,
  StatusChange,
  StoredFeedbackItem,
} from '../database/FeedbackStore';
import { CreateOnce, plainly } from '../database/IdempotencyStore';
import { contributionKey, newSalt } from '../lib/anonymity';
import { DomainEvents } from '../lib/DomainEvents';
import { EarlyAccess } from './EarlyAccess';
import { EvidenceKindLoop } from './ClosingTheLoop';
import { LiveUpdates } from '../lib/LiveUpdates';
import { UserCredentials } from '../lib/credentials';
import { Notice, notifyPeople } from '../lib/notify';
import { AppLinks } from '../lib/appLinks';

export type { FeedbackAsEvidence };

/** What the caller may see and do, decided by the router from the permission framework. */
export interface FeedbackAccess {
  credentials: UserCredentials;
  readIdentities: boolean;
  triage: boolean;
}

/** What feedback links to (roadmap items, changelog entries), as the owning store reads it. */
export interface FeedbackLink {
  /** The titles of those among `ids` that a reader may see, in one read. */
  titles(
    ids: number[],
    reader: { includeEarlyAccess: boolean; now: Date },
  ): Promise<Map<number, string>>;
  /**
   * Of `ids`, those that exist, whoever may see them; in `tx` (a write linking to them), kept
   * from being deleted until it ends.
   */
  existing(ids: number[], tx?: Knex.Transaction): Promise<Set<number>>;
}

/** The roadmap items and changelog entries that feedback links to. */
export interface FeedbackLinks {
  roadmapItems: FeedbackLink;
  changelogEntries: FeedbackLink;
}

/** The tab's "needs triage" badge shows at most this, then "99+". */
const TRIAGE_COUNT_CAP = 99;
/** The titles of what feedback items and their threads link to. */
interface LinkTitles {
  roadmapItems: Map<number, string>;
  changelogEntries: Map<number, string>;
  feedbackItems: Map<number, string>;
}

const SHIPPED_BY_ITEM = 'The roadmap item it was planned against has shipped.';

const idsOf = (values: (number | undefined)[]) =>
  [...new Set(values)].filter((id): id is number => id !== undefined);

const STATUS_WORDING: Record<FeedbackStatus, string> = {
  new: 'is new',
  acknowledged: 'was acknowledged',
  planned: 'is planned',
  shipped: 'has shipped',
  declined: 'was declined',
  merged: 'was merged into another item',
};

/**
 * Feedback and ideas about tools: sending, +1s, triage through statuses, threads, merging,
 * and notifying the author and everyone who +1'd when an item moves.
 */
export class FeedbackService {
  constructor(
    private readonly options: {
      store: FeedbackStore;
      directory: CatalogDirectory;
      notifications: NotificationService;
      logger: LoggerService;
      secret: string;
      links: FeedbackLinks;
      earlyAccess: Pick<EarlyAccess, 'mayAccess'>;
      appLinks: AppLinks;
      events: DomainEvents;
      live: LiveUpdates;
      now?: () => Date;
    },
  ) {}

  async create(
    input: {
      toolRef: string;
      kind: 'feedback' | 'idea';
      title: string;
      body: string;
      anonymous: boolean;
    },
    access: FeedbackAccess,
    once: CreateOnce = plainly,
  ): Promise<FeedbackItem> {
    const { directory } = this.options;
    // Read as the plugin: the item may be anonymous (see RatingsService).
    const tool = await directory.getTool(
      input.toolRef,
      await directory.pluginCredentials(),
    );
    if (!tool) {
      throw new InputError(
        `Invalid body: toolRef: ${input.toolRef} is not a platform tool`,
      );
    }
    const userRef = access.credentials.principal.userEntityRef;
    const authorSalt = newSalt();
    const id = await once(tx =>
      this.options.store.create(
        {
          toolRef: input.toolRef,
          kind: input.kind,
          title: input.title,
          body: input.body,
          authorKey: contributionKey(this.options.secret, authorSalt, userRef),
          authorSalt,
          authorRef: input.anonymous ? undefined : userRef,
        },
        this.now(),
        tx,
      ),
    );
    await this.options.live.changed('feedback', 'created', id);
    return this.get(id, access);
  }

  async list(
    query: Omit<FeedbackFilter, 'authorRef'> & { mine?: boolean },
    access: FeedbackAccess,
  ): Promise<Page<FeedbackItem>> {
    const { mine, ...filter } = query;
    // Only named items can be listed as someone's: an index from a person to their anonymous
    // items would be exactly the link anonymity forbids.
    const authorRef = mine
      ? access.credentials.principal.userEntityRef
      : undefined;
    const page = await this.options.store.list(
      { ...filter, authorRef },
      this.now(),
    );
    return { ...page, items: await this.present(page.items, access) };
  }

  /** Items that may be what `query.title` is about: for duplicate suggestions. */
  async similar(
    query: {
      toolRef: string;
      title: string;
      excludeId?: number;
      limit: number;
    },
    access: FeedbackAccess,
  ): Promise<FeedbackItem[]> {
    return this.present(await this.options.store.similar(query), access);
  }

  async get(id: number, access: FeedbackAccess): Promise<FeedbackItem> {
    const [item] = await this.present([await this.find(id)], access);
    return item;
  }

  async vote(id: number, access: FeedbackAccess): Promise<FeedbackItem> {
    const userRef = access.credentials.principal.userEntityRef;
    await this.options.store.vote(id, userRef, this.now());
    await this.options.live.changed('feedback', 'voted', id);
    return this.get(id, access);
  }

  async unvote(id: number, access: FeedbackAccess): Promise<FeedbackItem> {
    await this.find(id);
    await this.options.store.unvote(
      id,
      access.credentials.principal.userEntityRef,
    );
    await this.options.live.changed('feedback', 'voted', id);
    return this.get(id, access);
  }

  /**
   * Moves an item along its workflow from the status the maintainer saw, and tells the author
   * and the +1s (naming the roadmap item or changelog entry only if everyone may see it). A
   * stale status is a 409 (see FeedbackStore.changeStatus); a link to a roadmap item or changelog
   * entry that does not exist is a 400.
   */
  async changeStatus(
    id: number,
    change: StatusChange & { expectedStatus: FeedbackStatus },
    access: FeedbackAccess,
  ): Promise<FeedbackItem> {
    const { expectedStatus, ...step } = change;
    if (!feedbackTransitions[expectedStatus].includes(step.status)) {
      throw new ConflictError(
        `Feedback ${id} is ${expectedStatus} and cannot move to ${step.status}`,
      );
    }
    const actorRef = access.credentials.principal.userEntityRef;
    await this.options.store.changeStatus(
      id,
      expectedStatus,
      step,
      actorRef,
      this.now(),
      tx => this.checkLinks(step, tx),
    );
    await this.options.live.changed('feedback', 'status-changed', id);
    const updated = await this.find(id);
    // The author and the +1s may not see every roadmap item or entry: name only public ones.
    const titles = await this.titlesOf({
      roadmapItems: [step.roadmapItemId],
      changelogEntries: [step.changelogEntryId],
      feedbackItems: [],
    });
    await this.notify(updated, actorRef, {
      topic: `feedback-${step.status}`,
      title: `Feedback "${updated.title}" ${STATUS_WORDING[step.status]}`,
      description: describeChange(step, titles),
    });
    // The maintainer who triaged, never the author: feedback may be anonymous.
    await this.options.events.publish('feedback.status-changed.v1', {
      actorRef,
      feedbackId: id,
      toolRef: updated.toolRef,
      fromStatus: expectedStatus,
      toStatus: step.status,
    });
    return (await this.present([updated], access))[0];
  }

  /**
   * Moves each item from the status the maintainer saw, each in a transaction of its own (see
   * `changeStatus`): one stale or missing item does not stop the others, and the result says,
   * item by item, what happened.
   */
  async changeStatuses(
    items: { id: number; expectedStatus: FeedbackStatus }[],
    step: StatusChange,
    access: FeedbackAccess,
  ): Promise<FeedbackBulkResult[]> {
    await this.checkLinks(step);
    const results: FeedbackBulkResult[] = [];
    for (const { id, expectedStatus } of items) {
      try {
        const item = await this.changeStatus(
          id,
          { ...step, expectedStatus },
          access,
        );
        results.push({ id, ok: true, status: item.status });
      } catch (error) {
        results.push(await this.bulkFailure(id, error));
      }
    }
    return results;
  }

  private async bulkFailure(
    id: number,
    error: unknown,
  ): Promise<FeedbackBulkResult> {
    if (isError(error) && error.name === 'NotFoundError') {
      return { id, ok: false, error: 'not-found' };
    }
    if (isError(error) && error.name === 'ConflictError') {
      const current = await this.options.store.get(id);
      return { id, ok: false, error: 'conflict', status: current?.status };
    }
    throw error;
  }

  /** Assigns the item to a person of the catalog (a maintainer), or to nobody. */
  async assign(
    id: number,
    assigneeRef: string | undefined,
    access: FeedbackAccess,
  ): Promise<FeedbackItem> {
    if (assigneeRef && !(await this.options.directory.isPerson(assigneeRef))) {
      throw new InputError(
        `Invalid body: assigneeRef: ${assigneeRef} is not a person of the catalog`,
      );
    }
    await this.options.store.assign(id, assigneeRef, this.now());
    await this.options.live.changed('feedback', 'assigned', id);
    return this.get(id, access);
  }

  async setTags(
    id: number,
    tags: string[],
    access: FeedbackAccess,
  ): Promise<FeedbackItem> {
    await this.options.store.setTags(id, tags, this.now());
    await this.options.live.changed('feedback', 'tagged', id);
    return this.get(id, access);
  }

  /**
   * Feedback items linked to a roadmap item or changelog entry (a few, by id), read in `tx` when
   * given (the delete that refuses to leave them dangling).
   */
  async linkedTo(
    link: {
      roadmapItemId?: number;
      changelogEntryId?: number;
    },
    tx?: Knex.Transaction,
  ): Promise<number[]> {
    return this.options.store.linkedTo(link, tx);
  }

  /**
   * Feedback as a kind of evidence when its roadmap item moves on: who can be told (the named
   * author and the +1s; an anonymous author is not stored, so never told nor counted), and
   * moving the linked items to shipped or declined with it, in the item's transaction.
   */
  readonly evidenceLoop: EvidenceKindLoop = {
    recipients: async (tx, ids) =>
      [...(await this.options.store.peopleBehind(tx, ids)).values()].flat(),
    settle: (tx, ids, settlement, actorRef, now) =>
      this.options.store.settle(
        ids,
        {
          status: settlement.status,
          roadmapItemId: settlement.roadmapItemId,
          changelogEntryId: settlement.changelogEntryId,
          reason: settlement.reason,
        },
        actorRef,
        now,
        tx,
      ),
  };

  /** The items among `ids` that exist, with the people behind them (see the store). */
  async asEvidence(ids: number[]): Promise<Map<number, FeedbackAsEvidence>> {
    return this.options.store.asEvidence(ids);
  }

  /** How many items wait for triage, capped at TRIAGE_COUNT_CAP for the tab's badge. */
  async triageCount(): Promise<FeedbackTriageCount> {
    const count = await this.options.store.countNew();
    return {
      count: Math.min(count, TRIAGE_COUNT_CAP),
      capped: count > TRIAGE_COUNT_CAP,
    };
  }

  /**
   * Ships the feedback planned against roadmap items that a changelog entry ships, in the
   * publish transaction `tx`; returns who to tell about which item (never the publisher).
   */
  async shipPlanned(
    roadmapItemIds: number[],
    changelogEntryId: number | undefined,
    actorRef: string,
    now: Date,
    tx: Knex.Transaction,
  ): Promise<{ userRef: string; feedbackItemId: number }[]> {
    const shipped = await this.options.store.shipPlanned(
      roadmapItemIds,
      changelogEntryId,
      actorRef,
      now,
      tx,
    );
    return shipped.flatMap(item =>
      item.people
        .filter(userRef => userRef !== actorRef)
        .map(userRef => ({ userRef, feedbackItemId: item.id })),
    );
  }

  /**
   * Tells each person that their feedback shipped with its roadmap item, when the item shipped
   * by hand without a changelog entry (once: the ship itself happens once, under its version).
   */
  async announceShipped(
    deliveries: { userRef: string; feedbackItemId: number }[],
  ): Promise<void> {
    for (const id of new Set(deliveries.map(d => d.feedbackItemId))) {
      const item = await this.find(id);
      await notifyPeople(
        this.options,
        deliveries.filter(d => d.feedbackItemId === id).map(d => d.userRef),
        {
          topic: 'feedback-shipped',
          title: `Feedback "${item.title}" ${STATUS_WORDING.shipped}`,
          description: SHIPPED_BY_ITEM,
          link: this.options.appLinks.page('feedback', item.id),
        },
      );
    }
  }

  /**
   * The notification telling a person that their feedback shipped with a changelog entry, named
   * by `entryTitle` when everyone may see the entry (else the notice does not name it).
   */
  async shippedNotice(
    feedbackItemId: number,
    entryTitle: string | undefined,
  ): Promise<Notice | undefined> {
    const item = await this.options.store.get(feedbackItemId);
    return (
      item && {
        topic: 'feedback-shipped',
        title: `Feedback "${item.title}" ${STATUS_WORDING.shipped}`,
        description: entryTitle
          ? `It shipped with "${entryTitle}".`
          : SHIPPED_BY_ITEM,
        link: this.options.appLinks.page('feedback', item.id),
      }
    );
  }

  /** A maintainer's reply, or the author's in their own thread. */
  async reply(id: number, body: string, access: FeedbackAccess) {
    const item = await this.find(id);
    const userRef = access.credentials.principal.userEntityRef;
    const isAuthor = this.isAuthor(item, userRef);
    if (!access.triage && !isAuthor) {
      throw new NotAllowedError(
        'Only maintainers and the author may reply to feedback',
      );
    }
    // The author replies as the author even if they are a maintainer: an anonymous item stays so.
    const actor = isAuthor
      ? { ref: item.authorRef, role: 'author' as const }
      : { ref: userRef, role: 'maintainer' as const };
    await this.options.store.reply(id, actor, body, this.now());
    if (actor.role === 'maintainer') {
      await this.notify(item, userRef, {
        topic: 'feedback-reply',
        title: `New reply to "${item.title}"`,
        description: truncate(body),
        onlyAuthor: true,
      });
    }
  }

  async activity(
    id: number,
    page: { limit: number; offset: number },
    access: FeedbackAccess,
  ): Promise<Page<FeedbackActivity>> {
    await this.find(id);
    const result = await this.options.store.listActivity(id, page);
    const titles = await this.titlesOf(
      {
        roadmapItems: result.items.map(entry => entry.roadmapItemId),
        changelogEntries: result.items.map(entry => entry.changelogEntryId),
        feedbackItems: result.items.map(entry => entry.relatedItemId),
      },
      access.credentials,
    );
    return {
      ...result,
      items: result.items.map(entry => ({
        ...entry,
        actorRef:
          entry.actorRole === 'author' && !access.readIdentities
            ? undefined
            : entry.actorRef,
        ...titled(
          'relatedItemTitle',
          titles.feedbackItems,
          entry.relatedItemId,
        ),
        ...titled('roadmapItemTitle', titles.roadmapItems, entry.roadmapItemId),
        ...titled(
          'changelogEntryTitle',
          titles.changelogEntries,
          entry.changelogEntryId,
        ),
      })),
    };
  }

  /** Merges a duplicate into the original item; the duplicate's people hear about it. */
  async merge(duplicateId: number, originalId: number, access: FeedbackAccess) {
    if (duplicateId === originalId) {
      throw new InputError(
        'Invalid body: intoId: cannot merge an item into itself',
      );
    }
    const [duplicate, original] = await Promise.all([
      this.find(duplicateId),
      this.options.store.get(originalId),
    ]);
    if (!original) {
      throw new InputError(
        `Invalid body: intoId: no feedback item ${originalId}`,
      );
    }
    const actorRef = access.credentials.principal.userEntityRef;
    const audience = await this.options.store.voterRefs(duplicateId);
    await this.options.store.merge(
      duplicateId,
      originalId,
      actorRef,
      this.now(),
    );
    await this.options.live.changed('feedback', 'merged', duplicateId);
    await this.notify(
      { ...duplicate, id: originalId },
      actorRef,
      {
        topic: 'feedback-merged',
        title: `Feedback "${duplicate.title}" was merged into "${original.title}"`,
        description: 'Your +1 now counts for the merged item.',
      },
      audience,
    );
    return this.get(originalId, access);
  }

  /**
   * The roadmap item of a plan and the changelog entry of a shipment must exist: else a 400. In
   * the change's transaction `tx`, they cannot be deleted until it commits (their delete checks
   * for links after locking their row).
   */
  private async checkLinks(
    step: StatusChange,
    tx?: Knex.Transaction,
  ): Promise<void> {
    const { roadmapItems, changelogEntries } = this.options.links;
    const { roadmapItemId, changelogEntryId } = step;
    if (
      roadmapItemId &&
      !(await roadmapItems.existing([roadmapItemId], tx)).has(roadmapItemId)
    ) {
      throw new InputError(
        `Invalid body: roadmapItemId: no roadmap item ${roadmapItemId}`,
      );
    }
    if (
      changelogEntryId &&
      !(await changelogEntries.existing([changelogEntryId], tx)).has(
        changelogEntryId,
      )
    ) {
      throw new InputError(
        `Invalid body: changelogEntryId: no changelog entry ${changelogEntryId}`,
      );
    }
  }

  /**
   * The titles of the linked ids that `reader` may see, one batch per kind (none for an empty
   * list): roadmap items and changelog entries by the rules of their own pages (early access
   * asked only when there is one to resolve); without a reader, only what everyone may see.
   */
  private async titlesOf(
    ids: { [K in keyof LinkTitles]: (number | undefined)[] },
    reader?: BackstageCredentials,
  ): Promise<LinkTitles> {
    const { links, store, earlyAccess } = this.options;
    const itemIds = idsOf(ids.roadmapItems);
    const entryIds = idsOf(ids.changelogEntries);
    const includeEarlyAccess =
      !!reader &&
      (itemIds.length > 0 || entryIds.length > 0) &&
      (await earlyAccess.mayAccess(reader));
    const visible = { includeEarlyAccess, now: this.now() };
    const read = (
      list: number[],
      titles: (some: number[]) => Promise<Map<number, string>>,
    ) => (list.length ? titles(list) : new Map<number, string>());
    const [roadmapItems, changelogEntries, feedbackItems] = await Promise.all([
      read(itemIds, some => links.roadmapItems.titles(some, visible)),
      read(entryIds, some => links.changelogEntries.titles(some, visible)),
      read(idsOf(ids.feedbackItems), some => store.titles(some)),
    ]);
    return { roadmapItems, changelogEntries, feedbackItems };
  }

  private async find(id: number): Promise<StoredFeedbackItem> {
    const item = await this.options.store.get(id);
    if (!item) {
      throw new NotFoundError(`No feedback with id ${id}`);
    }
    return item;
  }

  /** Adds the caller's view (mine, voted) and hides authors the caller may not see. */
  private async present(
    items: StoredFeedbackItem[],
    access: FeedbackAccess,
  ): Promise<FeedbackItem[]> {
    if (!items.length) {
      return [];
    }
    const userRef = access.credentials.principal.userEntityRef;
    const [voted, titles] = await Promise.all([
      this.options.store.votedBy(
        items.map(i => i.id),
        userRef,
      ),
      this.titlesOf(
        {
          roadmapItems: items.map(item => item.roadmapItemId),
          changelogEntries: items.map(item => item.changelogEntryId),
          feedbackItems: items.map(item => item.mergedIntoId),
        },
        access.credentials,
      ),
    ]);
    return items.map(({ authorKey, authorSalt, authorRef, ...item }) => {
      const mine = this.isAuthor({ authorKey, authorSalt, authorRef }, userRef);
      return {
        ...item,
        ...titled('roadmapItemTitle', titles.roadmapItems, item.roadmapItemId),
        ...titled(
          'changelogEntryTitle',
          titles.changelogEntries,
          item.changelogEntryId,
        ),
        ...titled('mergedIntoTitle', titles.feedbackItems, item.mergedIntoId),
        anonymous: !authorRef,
        authorRef: access.readIdentities || mine ? authorRef : undefined,
        mine,
        voted: voted.has(item.id),
      };
    });
  }

  /** Named items by their author ref; anonymous ones by their per-item key. */
  private isAuthor(
    item: Pick<StoredFeedbackItem, 'authorKey' | 'authorSalt' | 'authorRef'>,
    userRef: string,
  ) {
    if (item.authorRef) {
      return item.authorRef === userRef;
    }
    return (
      !!item.authorSalt &&
      item.authorKey ===
        contributionKey(this.options.secret, item.authorSalt, userRef)
    );
  }

  /** Notifies the item's (named) author and, unless `onlyAuthor`, everyone who +1'd it. */
  private async notify(
    item: StoredFeedbackItem,
    actorRef: string,
    message: {
      topic: string;
      title: string;
      description: string;
      onlyAuthor?: boolean;
    },
    voters?: string[],
  ) {
    const { onlyAuthor, ...notice } = message;
    const plusOnes = onlyAuthor
      ? []
      : voters ?? (await this.options.store.voterRefs(item.id));
    await notifyPeople(
      this.options,
      [...(item.authorRef ? [item.authorRef] : []), ...plusOnes],
      { ...notice, link: this.options.appLinks.page('feedback', item.id) },
      actorRef,
    );
  }

  private now() {
    return this.options.now?.() ?? new Date();
  }
}

/** `{ [key]: title }` when `id` has a title in `titles`, else nothing. */
function titled<K extends string>(
  key: K,
  titles: Map<number, string>,
  id: number | undefined,
): Partial<Record<K, string>> {
  const title = id === undefined ? undefined : titles.get(id);
  return title === undefined ? {} : ({ [key]: title } as Record<K, string>);
}

/** What the notice of a step says; it names only what `titles` holds (what everyone may see). */
function describeChange(change: StatusChange, titles: LinkTitles): string {
  const item =
    change.roadmapItemId && titles.roadmapItems.get(change.roadmapItemId);
  const entry =
    change.changelogEntryId &&
    titles.changelogEntries.get(change.changelogEntryId);
  switch (change.status) {
    case 'planned':
      return item
        ? `It is on the roadmap as "${item}".`
        : 'The platform team plans to work on it.';
    case 'shipped':
      return entry
        ? `See the changelog entry "${entry}".`
        : 'It is available now.';
    case 'declined':
      return `Reason: ${truncate(change.reason ?? '')}`;
    default:
      return 'The platform team has read it.';
  }
}

function truncate(text: string, length = 280) {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
