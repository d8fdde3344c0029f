import { createApiRef } from '@backstage/core-plugin-api';
import {
  ProgramHealth,
  Scorecard,
  TeamInsight,
  ToolInsights,
  ToolMandate,
  ToolSnapshot,
  ChangelogAudience,
  ChangelogDeliveryReport,
  ChangelogEntry,
  ChangelogEntryInput,
  ChangelogQuery,
  ChangelogReach,
  ChangelogReachByWeek,
  ChangelogRevision,
  ChangelogUnseen,
  Champion,
  ChampionActivityInput,
  ChampionActivitySummary,
  ChampionCoverage,
  ChampionProfile,
  ChampionsQuery,
  ChampionStatus,
  CoverageSnapshot,
  Digest,
  DigestSettings,
  Kudos,
  Nomination,
  NominationInput,
  FeedbackActivity,
  FeedbackBulkResult,
  FeedbackBulkStatusInput,
  FeedbackInput,
  FeedbackItem,
  FeedbackQuery,
  SimilarFeedbackQuery,
  FeedbackStatusInput,
  FeedbackTriageCount,
  Page,
  RatingInput,
  EvidenceLink,
  EvidenceLinkInput,
  MeasuredOutcome,
  OutcomeDecisionInput,
  RatingComment,
  ReachSuggestion,
  RoadmapDemand,
  RoadmapPriorities,
  ResearchNote,
  ResearchNoteInput,
  ResearchNoteUpdate,
  RouteBody,
  ResearchNoteSummary,
  ResearchQuery,
  SourceEvidence,
  RoadmapBoard,
  RoadmapGoal,
  RoadmapItem,
  RoadmapItemDetail,
  RoadmapItemInput,
  RoadmapItemUpdate,
  RoadmapLane,
  RoadmapQuery,
  RoadmapReviewDue,
  PermissionSetup,
  RatingPrompt,
  RatingSummary,
  Team,
  Tool,
  Survey,
  SurveyComment,
  SurveyInput,
  SurveyPrompt,
  SurveyResponseInput,
  SurveyResults,
  SurveyTrendPoint,
  Viewer,
} from 'backstage-plugin-platform-product-common';

/** Offset paging of lists. */
export interface PageRequest {
  limit?: number;
  offset?: number;
}

/** Paging of lists that also page by cursor: a previous page's `nextCursor`. */
export interface KeysetPageRequest extends PageRequest {
  cursor?: string;
}

/** Client of the Platform Product backend. */
export interface PlatformProductApi {
  getTeams(): Promise<Team[]>;
  getTools(): Promise<Tool[]>;
  getViewer(): Promise<Viewer>;
  /** Whether the portal's permission policy makes everyone a maintainer (for a warning). */
  getPermissionSetup(): Promise<PermissionSetup>;
  getRatingSummary(toolRef: string): Promise<RatingSummary>;
  /** Sets the caller's rating of a tool; returns the new summary. */
  rate(input: RatingInput): Promise<RatingSummary>;
  withdrawRating(toolRef: string): Promise<void>;
  /** The tool the caller is invited to rate now (only `toolRef`, when given), if any. */
  getRatingPrompt(toolRef?: string): Promise<RatingPrompt | null>;
  /** The caller declines the invitation to rate the tool, for a while. */
  dismissRatingPrompt(toolRef: string): Promise<void>;

  /** The feedback inbox: filtered, sorted and paged on the server. */
  listFeedback(query?: FeedbackQuery): Promise<Page<FeedbackItem>>;
  getFeedback(id: number): Promise<FeedbackItem>;
  /** Up to five open items about the tool whose titles share words with `query.title`. */
  similarFeedback(query: SimilarFeedbackQuery): Promise<FeedbackItem[]>;
  sendFeedback(input: FeedbackInput): Promise<FeedbackItem>;
  /** Adds (`true`) or takes back (`false`) the caller's +1. */
  voteFeedback(id: number, vote: boolean): Promise<FeedbackItem>;
  changeFeedbackStatus(
    id: number,
    input: FeedbackStatusInput,
  ): Promise<FeedbackItem>;
  getFeedbackActivity(
    id: number,
    page?: PageRequest,
  ): Promise<Page<FeedbackActivity>>;
  replyToFeedback(id: number, body: string): Promise<void>;
  /** Merges item `id` (the duplicate) into `intoId`; returns the original. */
  mergeFeedback(id: number, intoId: number): Promise<FeedbackItem>;
  /** Assigns the item to a maintainer, or to nobody with `undefined`. */
  assignFeedback(id: number, assigneeRef?: string): Promise<FeedbackItem>;
  /** Replaces the item's tags. */
  tagFeedback(id: number, tags: string[]): Promise<FeedbackItem>;
  /** One status change for several items, each from the status the maintainer saw. */
  changeFeedbackStatuses(
    input: FeedbackBulkStatusInput,
  ): Promise<FeedbackBulkResult[]>;
  /** How many items wait for triage (for maintainers). */
  getFeedbackTriageCount(): Promise<FeedbackTriageCount>;

  /** Every survey campaign, newest first. */
  listSurveys(page?: PageRequest): Promise<Page<Survey>>;
  createSurvey(input: SurveyInput): Promise<Survey>;
  updateSurvey(id: number, input: SurveyInput): Promise<Survey>;
  /** Closes a survey now. */
  closeSurvey(id: number): Promise<Survey>;
  /**
   * Open surveys the caller is asked to answer (optionally about one tool), with their answer:
   * every page of them (open surveys are few at any time; each request reads at most 100).
   */
  getSurveyPrompts(options?: { toolRef?: string }): Promise<SurveyPrompt[]>;
  answerSurvey(id: number, input: SurveyResponseInput): Promise<SurveyPrompt>;
  getSurveyResults(id: number): Promise<SurveyResults>;
  getSurveyComments(
    id: number,
    page?: KeysetPageRequest,
  ): Promise<Page<SurveyComment>>;
  /** A tool's rating comments, from the minimum group size on (triagers). */
  getRatingComments(
    toolRef: string,
    page?: KeysetPageRequest,
  ): Promise<Page<RatingComment>>;
  /**
   * NPS of the latest surveys (oldest first) about one tool, or about the whole platform when
   * `toolRef` is unset.
   */
  getSurveyTrend(options?: { toolRef?: string }): Promise<SurveyTrendPoint[]>;
  /** The results as CSV: the per-team summary or the individual answers. */
  exportSurvey(id: number, part: 'teams' | 'answers'): Promise<Blob>;

  /** The lanes in order with their configured titles. */
  getRoadmapLanes(): Promise<{ lane: RoadmapLane; title: string }[]>;
  /** Active items by lane (top 50 each by RICE score), with the configured lane titles. */
  getRoadmapBoard(): Promise<RoadmapBoard>;
  /** Items filtered, sorted and paged on the server (active by default; shipped; killed). */
  listRoadmapItems(query?: RoadmapQuery): Promise<Page<RoadmapItem>>;
  getRoadmapItem(id: number): Promise<RoadmapItemDetail>;
  createRoadmapItem(input: RoadmapItemInput): Promise<RoadmapItemDetail>;
  /** 409 when `input.version` is stale: someone else changed the item. */
  updateRoadmapItem(
    id: number,
    input: RoadmapItemUpdate,
  ): Promise<RoadmapItemDetail>;
  moveRoadmapItem(
    id: number,
    lane: RoadmapLane,
    version: number,
  ): Promise<RoadmapItemDetail>;
  shipRoadmapItem(
    id: number,
    input: RouteBody<'shipRoadmapItem'>,
  ): Promise<RoadmapItemDetail>;
  /** A kill needs a reason. */
  killRoadmapItem(
    id: number,
    input: RouteBody<'killRoadmapItem'>,
  ): Promise<RoadmapItemDetail>;
  deleteRoadmapItem(id: number): Promise<void>;
  /** Adds (`true`) or withdraws (`false`) the caller's vote. */
  voteRoadmapItem(id: number, vote: boolean): Promise<RoadmapItem>;
  setCriterionOutcome(
    criterionId: number,
    input: RouteBody<'setCriterionOutcome'>,
  ): Promise<RoadmapItemDetail>;
  /** Reach suggested from the catalog for these tools (and the item's voters). */
  suggestReach(options: {
    toolRefs: string[];
    itemId?: number;
  }): Promise<ReachSuggestion>;
  /** The demand behind an item: its evidence, people and teams, and the suggestions. */
  getRoadmapDemand(id: number): Promise<RoadmapDemand>;
  /** Links a source as evidence (the existing link when it is linked already). */
  linkEvidence(
    itemId: number,
    source: EvidenceLinkInput,
  ): Promise<EvidenceLink>;
  /** Removes one evidence link from an item. */
  unlinkEvidence(itemId: number, evidenceId: number): Promise<void>;
  /** The roadmap items a source is evidence for. */
  getEvidenceOf(source: EvidenceLinkInput): Promise<SourceEvidence>;
  /** A shipped item's tools: active adoption and satisfaction before and after it shipped. */
  getMeasuredOutcome(id: number): Promise<MeasuredOutcome>;
  /** Records the outcome decision of a shipped item's review (409 if stale). */
  decideRoadmapOutcome(
    id: number,
    input: OutcomeDecisionInput,
  ): Promise<RoadmapItemDetail>;
  /** The prioritisation view: active items with RICE, votes and evidence (maintainers). */
  getRoadmapPriorities(): Promise<RoadmapPriorities>;

  /** The research log, newest research first, a page at a time. */
  getResearchNotes(query?: ResearchQuery): Promise<Page<ResearchNoteSummary>>;
  getResearchNote(id: number): Promise<ResearchNote>;
  createResearchNote(input: ResearchNoteInput): Promise<ResearchNote>;
  /** Saves a note at the version the editor started from (409 when someone changed it). */
  updateResearchNote(
    id: number,
    input: ResearchNoteUpdate,
  ): Promise<ResearchNote>;
  deleteResearchNote(id: number): Promise<void>;
  /**
   * Items whose success criteria are past their review date and still pending: a page of
   * criteria (25 by default), under their items, oldest review first.
   */
  getRoadmapReviewsDue(
    page?: KeysetPageRequest,
  ): Promise<Page<RoadmapReviewDue>>;
  /** The impact map, a page of goals (25 by default): goals → actors → impacts → items. */
  getRoadmapGoals(page?: KeysetPageRequest): Promise<Page<RoadmapGoal>>;
  createGoal(input: RouteBody<'createGoal'>): Promise<{ id: number }>;
  /** Adds a catalog team or a named persona to a goal. */
  addGoalActor(
    goalId: number,
    actor: RouteBody<'addActor'>,
  ): Promise<{ id: number }>;
  addGoalImpact(actorId: number, title: string): Promise<{ id: number }>;
  /** Deletes a goal, actor or impact and what hangs under it; items stay, unlinked. */
  deleteFromImpactMap(
    what: 'goal' | 'actor' | 'impact',
    id: number,
  ): Promise<void>;

  /**
   * The roster, longest-standing first, a page at a time (25 unless `limit` says otherwise, at
   * most 100): active champions, alumni or both, optionally of one team or one person.
   */
  getChampions(query?: ChampionsQuery): Promise<Page<Champion>>;
  getChampionCoverage(): Promise<ChampionCoverage>;
  /** Daily coverage snapshots of the last `days` days (default 90). */
  getCoverageHistory(days?: number): Promise<CoverageSnapshot[]>;
  /** The signed-in person's championships and whether they have early access. */
  getMyChampionStatus(): Promise<ChampionStatus>;
  getChampionProfile(userRef: string): Promise<ChampionProfile>;
  /**
   * Open (or decided) nominations, newest first, a page at a time: all for maintainers, one's
   * own for everyone else.
   */
  getNominations(
    options?: { status?: Nomination['status'] } & KeysetPageRequest,
  ): Promise<Page<Nomination>>;
  nominateChampion(input: NominationInput): Promise<Nomination>;
  approveNomination(id: number, focusAreas?: string[]): Promise<Champion>;
  declineNomination(id: number, reason: string): Promise<Nomination>;
  /** Steps down (one's own championship) or moves a champion to the alumni (maintainers). */
  retireChampion(id: number): Promise<Champion>;
  /** The kudos feed (or one champion's), newest first, a page at a time. */
  getKudos(
    options?: { championRef?: string } & KeysetPageRequest,
  ): Promise<Page<Kudos>>;
  giveKudos(championRef: string, message: string): Promise<Kudos>;
  logChampionActivity(input: ChampionActivityInput): Promise<{ id: number }>;
  /** What champions did in the last 90 days, per champion and per type. */
  getChampionActivitySummary(): Promise<ChampionActivitySummary>;

  /** Published entries, newest first (early-access ones only for champions and maintainers). */
  listChangelog(query?: ChangelogQuery): Promise<Page<ChangelogEntry>>;
  /** Drafts and scheduled entries, last updated first, for people who may edit entries; `q` searches titles. */
  listUnpublishedChangelog(
    page?: KeysetPageRequest & { q?: string },
  ): Promise<Page<ChangelogEntry>>;
  getChangelogEntry(id: number): Promise<ChangelogEntry>;
  /** An entry's revisions, newest first, a page at a time. */
  getChangelogRevisions(
    id: number,
    page?: KeysetPageRequest,
  ): Promise<Page<ChangelogRevision>>;
  /** Read receipts of an entry, per team and overall (counts only); for writers. */
  getChangelogReach(id: number): Promise<ChangelogReach>;
  createChangelogEntry(input: ChangelogEntryInput): Promise<ChangelogEntry>;
  /** 409 when `version` is stale. */
  updateChangelogEntry(
    id: number,
    input: RouteBody<'updateChangelogEntry'>,
  ): Promise<ChangelogEntry>;
  publishChangelogEntry(id: number): Promise<ChangelogEntry>;
  /** Who publishing the entry would notify, in counts. */
  getChangelogAudience(id: number): Promise<ChangelogAudience>;
  /** The entry's notifications: sent, pending, failed. */
  getChangelogDeliveries(id: number): Promise<ChangelogDeliveryReport>;
  deleteChangelogEntry(id: number): Promise<void>;
  /** Marks (`true`) or unmarks (`false`) the entry helpful for the caller. */
  markChangelogHelpful(id: number, helpful: boolean): Promise<ChangelogEntry>;
  /** How many entries were published since the caller's last visit. */
  getChangelogUnseen(): Promise<ChangelogUnseen>;
  /** Sets the caller's "last seen" marker to now. */
  markChangelogSeen(): Promise<void>;

  /** Every tool's adoption, satisfaction, NPS, open feedback, roadmap and changelog figures. */
  getToolInsights(): Promise<ToolInsights>;
  /** Marks a tool mandated by a maintainer, or not; answers the tool's mandate now. */
  setToolMandated(
    toolRef: string,
    mandated: boolean,
  ): Promise<{ toolRef: string; mandated: ToolMandate | null }>;
  /** Changelog reach per week, oldest first. */
  getChangelogReachByWeek(weeks?: number): Promise<ChangelogReachByWeek>;
  /** Daily snapshots of adoption and satisfaction, of one tool or all, over `days` days. */
  getToolTrends(options?: {
    toolRef?: string;
    days?: number;
  }): Promise<ToolSnapshot[]>;
  /** NPS of the platform-wide surveys, oldest first. */
  getNpsTrend(): Promise<SurveyTrendPoint[]>;
  getProgramHealth(): Promise<ProgramHealth>;
  /** The platform's KPIs against their targets, with their trends (org-wide). */
  getScorecard(): Promise<Scorecard>;
  getTeamInsight(teamRef: string): Promise<TeamInsight>;

  /** Whether the weekly digest is sent to the caller. */
  getDigestSettings(): Promise<DigestSettings>;
  /** Turns the caller's weekly digest on or off. */
  setDigestSettings(settings: DigestSettings): Promise<DigestSettings>;
  /** A person's coming digest as it stands now (maintainers). */
  previewDigest(userRef: string): Promise<Digest>;
}

export const platformProductApiRef = createApiRef<PlatformProductApi>({
  id: 'plugin.platform-product.api',
});
