import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  CommentEvidence,
  ConfidenceRule,
  DemandTeam,
  EvidenceLink,
  EvidenceSourceKind,
  RoadmapDemand,
  RoadmapItem,
  ResearchEvidence,
  RoadmapPriority,
  SourceEvidence,
} from 'backstage-plugin-platform-product-common';
import { TeamRecord } from '../catalog/CatalogDirectory';
import { EvidenceSource, EvidenceStore } from '../database/EvidenceStore';
import { publishedCount } from '../lib/anonymity';
import type { FeedbackAsEvidence, FeedbackService } from './FeedbackService';
import type { ResearchAsEvidence, ResearchService } from './ResearchService';
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
  /** The linked research notes (or notes of linked quotes) that exist, by id. */
  research: Map<number, ResearchAsEvidence>;
  /**
   * Named authors and +1ers of the linked feedback, signed raters and named interviewees, each
   * once.
   */
  named: Set<string>;
  /** Linked anonymous contributions: anonymous feedback, rating and survey comments. */
  anonymous: number;
  /** The teams of linked research notes whose interviewee is not named. */
  teamRefs: Set<string>;
  /** Kinds of evidence: a quote counts as its note's kind, `research-note`. */
  kinds: Set<EvidenceSourceKind>;
  /** Whether a linked research note validated an assumption. */
  validated: boolean;
}

/** What a 404 calls a source that does not exist. */
const SOURCE_NAMES: Record<EvidenceSourceKind, string> = {
  feedback: 'feedback item',
  'research-note': 'research note',
  'research-quote': 'research quote',
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
 * Evidence behind roadmap items: links to what people said (feedback, research notes and
 * quotes, rating and survey comments), who is behind it, and what that suggests for the item's
 * reach and confidence. Anonymous contributions are counted, never named, and never given a team
 * (their authors are unknown to this service).
 */
export class EvidenceService {
  constructor(
    private readonly options: {
      store: EvidenceStore;
      feedback: Pick<FeedbackService, 'asEvidence'>;
      /** Rating comments (the ratings area) and survey answer comments (the surveys area). */
      comments: Record<CommentKind, CommentSource>;
      research: Pick<ResearchService, 'asEvidence'>;
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
    const [count] = await Promise.all([
      store.count(itemId),
      this.mustExist(source),
    ]);
    if (count >= MAX_LINKS_PER_ITEM) {
      const existing = await store.find(itemId, source);
      if (existing) return { link: existing, created: false };
      throw new ConflictError(
        `Roadmap item ${itemId} has ${MAX_LINKS_PER_ITEM} evidence links already: remove one first`,
      );
    }
    return store.link(itemId, source, actorRef, this.now());
  }

  /** 404 unless the source (and the quote it names) exists. */
  private async mustExist(source: EvidenceSource) {
    const { sourceKind, sourceId, sourcePart } = source;
    if (sourceKind === 'research-note' || sourceKind === 'research-quote') {
      await this.mustExistResearch(sourceId, sourcePart);
      return;
    }
    const found = await this.sourcesOf(sourceKind, [sourceId]);
    if (!found.has(sourceId)) {
      throw new NotFoundError(
        `No ${SOURCE_NAMES[sourceKind]} with id ${sourceId}`,
      );
    }
  }

  /** 404 unless the research note (and the quote named by `quoteId`) exists. */
  private async mustExistResearch(noteId: number, quoteId?: number) {
    const note = (await this.options.research.asEvidence([noteId])).get(noteId);
    if (!note) {
      throw new NotFoundError(`No research note with id ${noteId}`);
    }
    if (quoteId !== undefined && !note.quotes.has(quoteId)) {
      throw new NotFoundError(
        `Research note ${noteId} has no quote ${quoteId}`,
      );
    }
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
   * kind's sources), whatever the number of items. Links to sources deleted since are kept in
   * `links` but count for nothing.
   */
  async behind(itemIds: number[]): Promise<Map<number, Behind>> {
    const links = await this.options.store.linksOf(itemIds);
    const idsOf = (...kinds: EvidenceSourceKind[]) =>
      links
        .filter(link => kinds.includes(link.sourceKind))
        .map(link => link.sourceId);
    const [feedback, research, ratingComments, surveyComments] =
      await Promise.all([
        this.options.feedback.asEvidence(idsOf('feedback')),
        this.options.research.asEvidence(
          idsOf('research-note', 'research-quote'),
        ),
        this.commentsOf('rating-comment', idsOf('rating-comment')),
        this.commentsOf('survey-comment', idsOf('survey-comment')),
      ]);
    const comments = {
      'rating-comment': ratingComments,
      'survey-comment': surveyComments,
    };
    const byItem = new Map<number, Behind>(
      itemIds.map(id => [id, nothingBehind()]),
    );
    for (const link of links) {
      const behind = byItem.get(link.roadmapItemId)!;
      behind.links.push(link);
      if (link.sourceKind === 'feedback') {
        addFeedback(behind, feedback.get(link.sourceId));
      } else if (isComment(link)) {
        const found = comments[link.sourceKind].get(link.sourceId);
        if (found) behind.comments.set(link.id, found);
        addContribution(behind, link.sourceKind, found);
      } else {
        addResearch(behind, link, research.get(link.sourceId));
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
    /** Whether the reader may read research notes (their titles and quotes). */
    readResearch: boolean;
  }): Promise<RoadmapDemand> {
    const { item, behind, teams, voterRefs, reach, readResearch } = options;
    const evidenceTeams = this.teamsOf(behind.named, teams, behind.teamRefs);
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
        if (!found || link.sourceKind !== 'feedback') return [];
        const { authorRef, voterRefs: _voters, ...shown } = found;
        return [{ ...link, feedback: { ...shown, anonymous: !authorRef } }];
      }),
      comments: behind.links.flatMap(link => {
        const found = behind.comments.get(link.id);
        if (!found || !isComment(link)) return [];
        return [
          { ...link, sourceKind: link.sourceKind, comment: found.comment },
        ];
      }),
      research: behind.links.flatMap(link =>
        researchShown(link, behind, readResearch),
      ),
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
        ...(await this.confidence(
          item.toolRefs,
          kinds.length,
          [...new Set([...evidenceTeams, ...voterTeams].map(t => t.teamRef))],
          behind.validated,
        )),
      },
    };
  }

  /**
   * The confidence suggestion (docs/roadmap.md, "Suggestions"): 80 % with two kinds of
   * evidence from three teams or more, 100 % when a linked research note validated an
   * assumption or usage data backs that (people of those teams used one of the item's tools in
   * the last `activeDays` days), 50 % otherwise.
   */
  private async confidence(
    toolRefs: string[],
    kinds: number,
    teamRefs: string[],
    validated: boolean,
  ): Promise<{ confidence: number; confidenceRule: ConfidenceRule }> {
    if (
      kinds < KINDS_FOR_HIGH_CONFIDENCE ||
      teamRefs.length < TEAMS_FOR_HIGH_CONFIDENCE
    ) {
      return { confidence: 0.5, confidenceRule: 'little-evidence' };
    }
    if (validated) {
      return { confidence: 1, confidenceRule: 'validated-assumption' };
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
          teams: this.teamsOf(evidence.named, teams, evidence.teamRefs).length,
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
   * The teams `people` are in, and the `also` teams, by title; a team's count (of `people`) is
   * shown only when it reaches the minimum group size.
   */
  teamsOf(
    people: Set<string>,
    teams: TeamRecord[],
    also = new Set<string>(),
  ): DemandTeam[] {
    return teams
      .map(team => ({
        team,
        count: team.memberRefs.filter(ref => people.has(ref)).length,
      }))
      .filter(({ team, count }) => count > 0 || also.has(team.ref))
      .sort((a, b) => a.team.title.localeCompare(b.team.title))
      .map(({ team, count }) => ({
        teamRef: team.ref,
        title: team.title,
        people: publishedCount(count, this.options.minGroupSize),
      }));
  }

  /** The sources of one kind among `ids` that exist, by id. */
  private sourcesOf(
    kind: 'feedback' | CommentKind,
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

function nothingBehind(): Behind {
  return {
    links: [],
    feedback: new Map(),
    comments: new Map(),
    research: new Map(),
    named: new Set(),
    anonymous: 0,
    teamRefs: new Set(),
    kinds: new Set(),
    validated: false,
  };
}

function isResearch(link: EvidenceLink) {
  return (
    link.sourceKind === 'research-note' || link.sourceKind === 'research-quote'
  );
}

function isComment<T extends { sourceKind: EvidenceSourceKind }>(
  source: T,
): source is T & { sourceKind: CommentKind } {
  return (
    source.sourceKind === 'rating-comment' ||
    source.sourceKind === 'survey-comment'
  );
}

/** The note of a link, when it (and the linked quote) still exists. */
function linkedNote(
  link: EvidenceLink,
  note: ResearchAsEvidence | undefined,
): ResearchAsEvidence | undefined {
  if (link.sourcePart !== undefined && !note?.quotes.has(link.sourcePart)) {
    return undefined;
  }
  return note;
}

/**
 * A linked research note or quote: a named interviewee is a person behind the evidence;
 * otherwise the note's teams are evidence teams, and nobody in them is counted as a person.
 */
function addResearch(
  behind: Behind,
  link: EvidenceLink,
  found: ResearchAsEvidence | undefined,
) {
  const note = linkedNote(link, found);
  if (!note) return;
  behind.research.set(note.id, note);
  behind.kinds.add('research-note');
  behind.validated ||= note.validatedAssumption;
  if (note.intervieweeRef) behind.named.add(note.intervieweeRef);
  else note.teamRefs.forEach(ref => behind.teamRefs.add(ref));
}

/** A research link as the item's evidence shows it: its text to readers of research only. */
function researchShown(
  link: EvidenceLink,
  behind: Behind,
  readResearch: boolean,
): ResearchEvidence[] {
  if (!isResearch(link)) return [];
  const note = linkedNote(link, behind.research.get(link.sourceId));
  if (!note) return [];
  if (!readResearch) return [link];
  const quote =
    link.sourcePart !== undefined
      ? note.quotes.get(link.sourcePart)
      : undefined;
  return [
    {
      ...link,
      research: {
        noteId: note.id,
        kind: note.kind,
        title: note.title,
        ...(quote !== undefined && { quote }),
        teamRefs: note.teamRefs,
      },
    },
  ];
}
