import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { EvidenceSourceKind } from 'backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import {
  EvidenceStore,
  LoopNotice,
  LoopTransition,
} from '../database/EvidenceStore';
import { Notice } from '../lib/notify';
import { AppLinks } from '../lib/appLinks';

/** People per claim and notification call (see ChangelogService's outbox). */
const DELIVERY_BATCH = 25;
/** A claim older than this belongs to a sender that died; the next run retries it. */
const CLAIM_TIMEOUT = 5 * 60 * 1000;

/** Where linked sources go when their roadmap item ships or is killed. */
export interface Settlement {
  status: 'shipped' | 'declined';
  roadmapItemId: number;
  changelogEntryId?: number;
  reason?: string;
}

/**
 * What closing the loop does with the sources of one kind of evidence: the service that owns the
 * kind (feedback, research, ratings) plugs it in by giving these; a kind without one (survey
 * comments, all anonymous) reaches nobody.
 */
export interface EvidenceKindLoop {
  /** The people who can be told, read in `tx`: named people only, never an anonymous author. */
  recipients(tx: Knex.Transaction, sourceIds: number[]): Promise<string[]>;
  /** Moves the sources with their item, in `tx`; returns the ids it moved. */
  settle?(
    tx: Knex.Transaction,
    sourceIds: number[],
    settlement: Settlement,
    actorRef: string,
    now: Date,
  ): Promise<number[]>;
}

/** What a notice says of its roadmap item. */
export interface LoopItem {
  title: string;
  earlyAccess: boolean;
  killReason?: string;
}

/** A transition of a roadmap item, in the transaction that makes it. */
export interface LoopTransitionOf {
  itemId: number;
  transition: LoopTransition;
  actorRef: string;
  now: Date;
  /** A shipment's changelog entry: named by the notice, which waits for its publication. */
  changelogEntryId?: number;
  reason?: string;
  /** People told about this transition otherwise (e.g. by the changelog entry's announcement). */
  toldAlready?: string[];
}

/** What closing the loop did, for the audit: counts and source ids, never people. */
export interface LoopOutcome {
  queued: number;
  settled: Partial<Record<EvidenceSourceKind, number[]>>;
}

/**
 * Closes the loop: when a roadmap item moves to Now, ships or is killed, everyone behind it —
 * the people behind its evidence (per kind) and its voters — is told once, through an outbox
 * queued in the transition's transaction, and the linked sources move with the item.
 */
export class ClosingTheLoop {
  constructor(
    private readonly options: {
      store: EvidenceStore;
      kinds: Partial<Record<EvidenceSourceKind, EvidenceKindLoop>>;
      voters(tx: Knex.Transaction, itemId: number): Promise<string[]>;
      item(itemId: number): Promise<LoopItem | undefined>;
      /** Titles of the entries among `ids` that everyone may see (published, not early access). */
      publicEntryTitles(ids: number[]): Promise<Map<number, string>>;
      notifications: NotificationService;
      logger: LoggerService;
      appLinks: AppLinks;
      now?: () => Date;
    },
  ) {}

  /**
   * In the transition's transaction `tx`: moves the linked sources (shipped or declined with
   * the item) and queues one notice per person behind the item, except the person acting and
   * those told already. A person queued for the same item and transition before is not queued
   * again, whatever the number of retries, replicas or moves to Now.
   */
  async close(
    tx: Knex.Transaction,
    transition: LoopTransitionOf,
  ): Promise<LoopOutcome> {
    const { store, kinds, voters } = this.options;
    const { itemId, actorRef, now } = transition;
    const people = await voters(tx, itemId);
    const settled: LoopOutcome['settled'] = {};
    for (const [kind, ids] of sourcesByKind(await store.linksIn(tx, itemId))) {
      const loop = kinds[kind];
      if (!loop) continue;
      people.push(...(await loop.recipients(tx, ids)));
      const settlement = settlementOf(transition);
      if (settlement && loop.settle) {
        settled[kind] = await loop.settle(tx, ids, settlement, actorRef, now);
      }
    }
    const told = new Set([actorRef, ...(transition.toldAlready ?? [])]);
    const queued = await store.queueLoop(
      tx,
      {
        roadmapItemId: itemId,
        transition: transition.transition,
        changelogEntryId: transition.changelogEntryId,
      },
      people.filter(ref => !told.has(ref)),
    );
    return { queued, settled };
  }

  /**
   * Sends queued notices: one notification call per item, transition and small batch of
   * people, marking them sent; on failure they are released for the next run. A repeated batch
   * (a sender died between sending and marking) updates each person's notification through its
   * scope instead of adding one.
   */
  async deliver(): Promise<void> {
    const { store, logger } = this.options;
    for (;;) {
      const now = this.now();
      const claimed = await store.claimLoop(
        now,
        new Date(now.getTime() - CLAIM_TIMEOUT),
        DELIVERY_BATCH,
      );
      if (!claimed.length) return;
      for (const batch of groupByTransition(claimed)) {
        const { roadmapItemId, transition } = batch[0];
        try {
          await this.send(batch);
          await store.markLoopSent(batch, this.now());
        } catch (error) {
          logger.warn(
            `Could not tell ${batch.length} people that roadmap item ${roadmapItemId} ${transition}, will retry: ${error}`,
          );
          await store.releaseLoop(batch, this.now());
          return;
        }
      }
    }
  }

  private async send(batch: LoopNotice[]) {
    const { roadmapItemId, transition, changelogEntryId } = batch[0];
    const item = await this.options.item(roadmapItemId);
    if (!item) return;
    const entries = changelogEntryId
      ? await this.options.publicEntryTitles([changelogEntryId])
      : new Map<number, string>();
    const entryTitle = changelogEntryId
      ? entries.get(changelogEntryId)
      : undefined;
    const notice = loopNotice(
      this.options.appLinks.page('roadmap', roadmapItemId),
      transition,
      item,
      entryTitle,
    );
    await this.options.notifications.send({
      recipients: { type: 'entity', entityRef: batch.map(n => n.userRef) },
      payload: {
        ...notice,
        severity: 'normal',
        // One notification per person, item and transition, even when a batch is repeated.
        scope: `platform-product:roadmap-loop:${roadmapItemId}:${transition}`,
      },
    });
  }

  private now() {
    return this.options.now?.() ?? new Date();
  }
}

/** What the notice of a transition says; an early-access item is not named. */
function loopNotice(
  link: string,
  transition: LoopTransition,
  item: LoopItem,
  entryTitle: string | undefined,
): Notice {
  const named = item.earlyAccess ? 'A roadmap item' : `"${item.title}"`;
  switch (transition) {
    case 'now':
      return {
        topic: 'roadmap-now',
        title: `${named} is being worked on now`,
        description:
          'Something you asked for or told us about (your feedback, a +1, a vote, an interview or a rating) moved to Now on the roadmap.',
        link,
      };
    case 'shipped':
      return {
        topic: 'roadmap-shipped',
        title: `${named} has shipped`,
        description: entryTitle
          ? `See "${entryTitle}".`
          : 'Something you asked for is available now.',
        link,
      };
    default:
      return {
        topic: 'roadmap-killed',
        title: `${named} was dropped from the roadmap`,
        description: `Why: ${item.killReason ?? ''}`,
        link,
      };
  }
}

function settlementOf(transition: LoopTransitionOf): Settlement | undefined {
  if (transition.transition === 'now') return undefined;
  return {
    status: transition.transition === 'shipped' ? 'shipped' : 'declined',
    roadmapItemId: transition.itemId,
    changelogEntryId: transition.changelogEntryId,
    reason: transition.reason,
  };
}

function sourcesByKind(
  links: { sourceKind: EvidenceSourceKind; sourceId: number }[],
) {
  const byKind = new Map<EvidenceSourceKind, number[]>();
  for (const { sourceKind, sourceId } of links) {
    byKind.set(sourceKind, [...(byKind.get(sourceKind) ?? []), sourceId]);
  }
  return byKind;
}

function groupByTransition(notices: LoopNotice[]): LoopNotice[][] {
  const groups = new Map<string, LoopNotice[]>();
  for (const notice of notices) {
    const key = `${notice.roadmapItemId}:${notice.transition}`;
    groups.set(key, [...(groups.get(key) ?? []), notice]);
  }
  return [...groups.values()];
}
