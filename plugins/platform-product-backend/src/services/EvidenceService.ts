import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  CommentEvidence,
  ConfidenceRule,
  DemandTeam,
  EvidenceLink,
  EvidenceSourceKind,
  RoadmapDemand,
  RoadmapItem,
  RoadmapPriority,
  SourceEvidence,
} from 'backstage-plugin-platform-product-common';
import { TeamRecord } from '../catalog/CatalogDirectory';
import { EvidenceSource, EvidenceStore } from '../database/EvidenceStore';
import { FeedbackAsEvidence } from '../database/FeedbackStore';
import { publishedCount } from './anonymity';
import type { FeedbackService } from './FeedbackService';
import type { UsageService } from './UsageService';

/** Kinds of evidence that are comments: a rating's, a survey answer's. */
export type CommentKind = CommentEvidence['sourceKind'];

/**
 * A rating or survey comment as evidence: what the item page shows, and the person behind it
 * only for a rating its rater signed (a survey comment never has one).
 */
export interface CommentAsEvidence {
  comment: CommentEvidence['comment'];
  authorRef?: string;
}

/** Where the comments of one kind are read, by comment id (the area's service). */
export interface CommentSource {
  commentsAsEvidence(ids: number[]): Promise<Map<number, CommentAsEvidence>>;
}

/** Everything behind one roadmap item's evidence. */
export interface Behind {
  links: EvidenceLink[];
  /** The linked feedback items that exist, by id. */
  feedback: Map<number, FeedbackAsEvidence>;
  /** The linked comments that exist, by link id. */
  comments: Map<number, CommentAsEvidence>;
  /** Named authors and +1ers of the linked feedback, and signed raters, each once. */
  named: Set<string>;
  /** Linked anonymous contributions: anonymous feedback, rating and survey comments. */
  anonymous: number;
  kinds: Set<EvidenceSourceKind>;
}

/** What a 404 calls a source that does not exist. */
const SOURCE_NAMES: Record<EvidenceSourceKind, string> = {
  feedback: 'feedback item',
  'rating-comment': 'rating comment',
  'survey-comment': 'survey comment',
};

/** What the prioritisation view reads of an item. */
export type PrioritisedItem = RoadmapPriority['item'];

/** The most evidence links one item can have: its page reads all of them. */
const MAX_LINKS_PER_ITEM = 200;

/** How many teams, with how many kinds of evidence, make the confidence suggestion 80 %. */
const TEAMS_FOR_HIGH_CONFIDENCE = 3;
const KINDS_FOR_HIGH_CONFIDENCE = 2;

/**
 * Evidence behind roadmap items: links to what people said (feedback items), who is behind
 * it, and what that suggests for the item's reach and confidence. Anonymous contributions are
 * counted, never named, and never given a team (their authors are unknown to this service).
 */
export class EvidenceService {
  constructor(
    private readonly options: {
      store: EvidenceStore;
      feedback: Pick<FeedbackService, 'asEvidence'>;
      /** Rating comments (the ratings area) and survey answer comments (the surveys area). */
      comments: Record<CommentKind, CommentSource>;
      usage: Pick<UsageService, 'teamsUsing'>;
      minGroupSize: number;
      /** Usage in this many days backs the evidence (`usage.activeDays`). */
      activeDays: number;
      now?: () => Date;
    },
  ) {}

  /**
   * Links a source to an (existing) item; 404 when the source does not exist, 409 when the
   * item has MAX_LINKS_PER_ITEM links. Linking a source twice returns the first link
   * (`created` false).
   */
  async link(
    itemId: number,
    source: EvidenceSource,
    actorRef: string,
  ): Promise<{ link: EvidenceLink; created: boolean }> {
    const { store } = this.options;
    const [found, count] = await Promise.all([
      this.sourcesOf(source.sourceKind, [source.sourceId]),
      store.count(itemId),
    ]);
    if (!found.has(source.sourceId)) {
      throw new NotFoundError(
        `No ${SOURCE_NAMES[source.sourceKind]} with id ${source.sourceId}`,
      );
    }
    if (count >= MAX_LINKS_PER_ITEM) {
      const existing = await store.find(itemId, source);
      if (existing) return { link: existing, created: false };
      throw new ConflictError(
        `Roadmap item ${itemId} has ${MAX_LINKS_PER_ITEM} evidence links already: remove one first`,
      );
    }
    return store.link(itemId, source, actorRef, this.now());
  }

  async unlink(itemId: number, evidenceId: number): Promise<void> {
    if (!(await this.options.store.unlink(itemId, evidenceId))) {
      throw new NotFoundError(
        `Roadmap item ${itemId} has no evidence link ${evidenceId}`,
      );
    }
  }

  /** The roadmap items a source is evidence for. */
  async itemsOf(source: EvidenceSource): Promise<SourceEvidence> {
    return { items: await this.options.store.itemsOf(source) };
  }

  /**
   * What is behind each item's evidence: a fixed number of queries (the links, then each
   * kind's sources), whatever the number of items.
   */
  async behind(itemIds: number[]): Promise<Map<number, Behind>> {
    const links = await this.options.store.linksOf(itemIds);
    const idsOf = (kind: EvidenceSourceKind) =>
      links.filter(l => l.sourceKind === kind).map(l => l.sourceId);
    const [feedback, ratingComments, surveyComments] = await Promise.all([
      this.options.feedback.asEvidence(idsOf('feedback')),
      this.commentsOf('rating-comment', idsOf('rating-comment')),
      this.commentsOf('survey-comment', idsOf('survey-comment')),
    ]);
    const comments = {
      'rating-comment': ratingComments,
      'survey-comment': surveyComments,
    };
    const byItem = new Map<number, Behind>(
      itemIds.map(id => [
        id,
        {
          links: [],
          feedback: new Map(),
          comments: new Map(),
          named: new Set(),
          anonymous: 0,
          kinds: new Set(),
        },
      ]),
    );
    for (const link of links) {
      const behind = byItem.get(link.roadmapItemId)!;
      behind.links.push(link);
      if (link.sourceKind === 'feedback') {
        addFeedback(behind, feedback.get(link.sourceId));
      } else {
        const found = comments[link.sourceKind].get(link.sourceId);
        if (found) behind.comments.set(link.id, found);
        addContribution(behind, link.sourceKind, found);
      }
    }
    return byItem;
  }

  /** The demand behind an item, for its page. */
  async demand(options: {
    item: Pick<RoadmapItem, 'toolRefs' | 'requestingTeamRefs'>;
    behind: Behind;
    teams: TeamRecord[];
    voterRefs: string[];
    reach: number;
  }): Promise<RoadmapDemand> {
    const { item, behind, teams, voterRefs, reach } = options;
    const evidenceTeams = this.teamsOf(behind.named, teams);
    const voterTeams = this.teamsOf(new Set(voterRefs), teams);
    const kinds = [
      ...behind.kinds,
      ...(voterRefs.length ? (['votes'] as const) : []),
    ];
    const title = new Map(teams.map(team => [team.ref, team.title]));
    return {
      minGroupSize: this.options.minGroupSize,
      feedback: behind.links.flatMap(link => {
        const found = behind.feedback.get(link.sourceId);
        if (!found) return [];
        const { authorRef, voterRefs: _voters, ...shown } = found;
        return [{ ...link, feedback: { ...shown, anonymous: !authorRef } }];
      }),
      comments: behind.links.flatMap(link => {
        const found = behind.comments.get(link.id);
        if (!found || link.sourceKind === 'feedback') return [];
        return [
          { ...link, sourceKind: link.sourceKind, comment: found.comment },
        ];
      }),
      people: {
        total: behind.named.size + behind.anonymous,
        anonymous: behind.anonymous,
      },
      kinds,
      evidenceTeams,
      voterTeams,
      requestingTeams: item.requestingTeamRefs.map(ref => ({
        teamRef: ref,
        title: title.get(ref) ?? ref,
      })),
      suggestion: {
        reach,
        ...(await this.confidence(item.toolRefs, kinds.length, [
          ...new Set([...evidenceTeams, ...voterTeams].map(t => t.teamRef)),
        ])),
      },
    };
  }

  /**
   * The confidence suggestion (docs/roadmap.md, "Suggestions"): 80 % with two kinds of
   * evidence from three teams or more, 100 % when usage data backs that (people of those teams
   * used one of the item's tools in the last `activeDays` days), 50 % otherwise.
   */
  private async confidence(
    toolRefs: string[],
    kinds: number,
    teamRefs: string[],
  ): Promise<{ confidence: number; confidenceRule: ConfidenceRule }> {
    if (
      kinds < KINDS_FOR_HIGH_CONFIDENCE ||
      teamRefs.length < TEAMS_FOR_HIGH_CONFIDENCE
    ) {
      return { confidence: 0.5, confidenceRule: 'little-evidence' };
    }
    const using = await this.options.usage.teamsUsing(
      toolRefs,
      teamRefs,
      this.options.activeDays,
    );
    return using.length
      ? { confidence: 1, confidenceRule: 'usage' }
      : { confidence: 0.8, confidenceRule: 'two-kinds-three-teams' };
  }

  /**
   * The prioritisation view's rows: each item with its evidence counts, and its rank by RICE
   * score and by votes among `items` (equal values share a rank).
   */
  priorities(
    items: PrioritisedItem[],
    behind: Map<number, Behind>,
    teams: TeamRecord[],
  ): RoadmapPriority[] {
    const riceRank = rankBy(items, item => item.riceScore);
    const voteRank = rankBy(items, item => item.voteCount);
    return items.map(item => {
      const evidence = behind.get(item.id)!;
      const rice = riceRank(item);
      const votes = voteRank(item);
      return {
        item: {
          id: item.id,
          title: item.title,
          lane: item.lane,
          riceScore: item.riceScore,
          voteCount: item.voteCount,
          reach: item.reach,
          confidence: item.confidence,
        },
        evidence: {
          people: evidence.named.size + evidence.anonymous,
          teams: this.teamsOf(evidence.named, teams).length,
          kinds: evidence.kinds.size + (item.voteCount > 0 ? 1 : 0),
          links: evidence.links.length,
        },
        riceRank: rice,
        voteRank: votes,
        rankGap: rice - votes,
      };
    });
  }

  /**
   * The teams `people` are in, by title; a team's count is shown only when it reaches the
   * minimum group size.
   */
  teamsOf(people: Set<string>, teams: TeamRecord[]): DemandTeam[] {
    return teams
      .map(team => ({
        team,
        count: team.memberRefs.filter(ref => people.has(ref)).length,
      }))
      .filter(({ count }) => count > 0)
      .sort((a, b) => a.team.title.localeCompare(b.team.title))
      .map(({ team, count }) => ({
        teamRef: team.ref,
        title: team.title,
        people: publishedCount(count, this.options.minGroupSize),
      }));
  }

  /** The sources of one kind among `ids` that exist, by id. */
  private sourcesOf(
    kind: EvidenceSourceKind,
    ids: number[],
  ): Promise<Map<number, unknown>> {
    return kind === 'feedback'
      ? this.options.feedback.asEvidence(ids)
      : this.commentsOf(kind, ids);
  }

  private commentsOf(kind: CommentKind, ids: number[]) {
    return this.options.comments[kind].commentsAsEvidence(ids);
  }

  private now() {
    return this.options.now?.() ?? new Date();
  }
}

/**
 * Counts a contribution that exists: its named author once, or one anonymous contribution
 * (never given a team); its kind counts among the kinds of evidence.
 */
function addContribution(
  behind: Behind,
  kind: EvidenceSourceKind,
  found: { authorRef?: string } | undefined,
) {
  if (!found) return;
  behind.kinds.add(kind);
  if (found.authorRef) behind.named.add(found.authorRef);
  else behind.anonymous += 1;
}

/** Counts a linked feedback item that exists, its author and its +1ers. */
function addFeedback(behind: Behind, item: FeedbackAsEvidence | undefined) {
  if (!item) return;
  behind.feedback.set(item.id, item);
  addContribution(behind, 'feedback', item);
  item.voterRefs.forEach(ref => behind.named.add(ref));
}

/** Rank of each item by `value`, highest first; equal values share the better rank. */
function rankBy<T>(items: T[], value: (item: T) => number) {
  const values = items.map(value);
  return (item: T) => 1 + values.filter(v => v > value(item)).length;
}
