import { parseEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
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
  ResearchNoteSummary,
  ResearchNoteUpdate,
  ResearchQuery,
  RouteBody,
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
import {
  KeysetPageRequest,
  PageRequest,
  PlatformProductApi,
} from './PlatformProductApi';
import { CallRoute, routeCaller } from './routeCaller';

/** The route that deletes each part of the impact map. */
const impactMapDeletes = {
  goal: 'deleteGoal',
  actor: 'deleteActor',
  impact: 'deleteImpact',
} as const;

/**
 * Talks to the backend through `fetchApi`, which carries the user's token: each method is one
 * call of a route of `apiRoutes` (see `routeCaller`), by its operation id.
 */
export class PlatformProductClient implements PlatformProductApi {
  private readonly call: CallRoute;
  /** The unseen count's request in flight, shared by everyone who asks meanwhile. */
  private unseen?: Promise<ChangelogUnseen>;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.call = routeCaller(options);
  }

  async getTeams(): Promise<Team[]> {
    return (await this.call('listTeams')).items;
  }

  async getTools(): Promise<Tool[]> {
    return (await this.call('listTools')).items;
  }

  async getViewer(): Promise<Viewer> {
    return this.call('getViewer');
  }

  async getPermissionSetup(): Promise<PermissionSetup> {
    return this.call('getPermissionSetup');
  }

  async getRatingSummary(toolRef: string): Promise<RatingSummary> {
    return this.call('getRatingSummary', { query: { toolRef } });
  }

  async rate(input: RatingInput): Promise<RatingSummary> {
    return this.call('setRating', { body: input });
  }

  async withdrawRating(toolRef: string): Promise<void> {
    return this.call('withdrawRating', { query: { toolRef } });
  }

  async getRatingPrompt(toolRef?: string): Promise<RatingPrompt | null> {
    return (await this.call('getRatingPrompt', { query: { toolRef } })).prompt;
  }

  async dismissRatingPrompt(toolRef: string): Promise<void> {
    return this.call('dismissRatingPrompt', { body: { toolRef } });
  }

  async listFeedback(query?: FeedbackQuery): Promise<Page<FeedbackItem>> {
    return this.call('listFeedback', { query });
  }

  async getFeedback(id: number): Promise<FeedbackItem> {
    return this.call('getFeedback', { params: { id } });
  }

  async similarFeedback(query: SimilarFeedbackQuery): Promise<FeedbackItem[]> {
    return (await this.call('listSimilarFeedback', { query })).items;
  }

  async sendFeedback(input: FeedbackInput): Promise<FeedbackItem> {
    return this.call('createFeedback', { body: input });
  }

  async voteFeedback(id: number, vote: boolean): Promise<FeedbackItem> {
    return this.call(vote ? 'voteFeedback' : 'unvoteFeedback', {
      params: { id },
    });
  }

  async changeFeedbackStatus(
    id: number,
    input: FeedbackStatusInput,
  ): Promise<FeedbackItem> {
    return this.call('changeFeedbackStatus', { params: { id }, body: input });
  }

  async assignFeedback(
    id: number,
    assigneeRef?: string,
  ): Promise<FeedbackItem> {
    return assigneeRef
      ? this.call('assignFeedback', { params: { id }, body: { assigneeRef } })
      : this.call('unassignFeedback', { params: { id } });
  }

  async tagFeedback(id: number, tags: string[]): Promise<FeedbackItem> {
    return this.call('setFeedbackTags', { params: { id }, body: { tags } });
  }

  async changeFeedbackStatuses(
    input: FeedbackBulkStatusInput,
  ): Promise<FeedbackBulkResult[]> {
    return (await this.call('changeFeedbackStatuses', { body: input })).results;
  }

  async getFeedbackTriageCount(): Promise<FeedbackTriageCount> {
    return this.call('getFeedbackTriageCount');
  }

  async getFeedbackActivity(
    id: number,
    page?: PageRequest,
  ): Promise<Page<FeedbackActivity>> {
    return this.call('listFeedbackActivity', { params: { id }, query: page });
  }

  async replyToFeedback(id: number, body: string): Promise<void> {
    return this.call('replyToFeedback', { params: { id }, body: { body } });
  }

  async mergeFeedback(id: number, intoId: number): Promise<FeedbackItem> {
    return this.call('mergeFeedback', { params: { id }, body: { intoId } });
  }

  async listSurveys(page?: PageRequest): Promise<Page<Survey>> {
    return this.call('listSurveys', { query: page });
  }

  async createSurvey(input: SurveyInput): Promise<Survey> {
    return this.call('createSurvey', { body: input });
  }

  async updateSurvey(id: number, input: SurveyInput): Promise<Survey> {
    return this.call('updateSurvey', { params: { id }, body: input });
  }

  async closeSurvey(id: number): Promise<Survey> {
    return this.call('closeSurvey', { params: { id } });
  }

  async getSurveyPrompts(options?: {
    toolRef?: string;
  }): Promise<SurveyPrompt[]> {
    const prompts: SurveyPrompt[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.call('listSurveyPrompts', {
        query: { ...options, limit: 100, cursor },
      });
      prompts.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return prompts;
  }

  async answerSurvey(
    id: number,
    input: SurveyResponseInput,
  ): Promise<SurveyPrompt> {
    return this.call('answerSurvey', { params: { id }, body: input });
  }

  async getSurveyResults(id: number): Promise<SurveyResults> {
    return this.call('getSurveyResults', { params: { id } });
  }

  async getSurveyComments(
    id: number,
    page?: KeysetPageRequest,
  ): Promise<Page<SurveyComment>> {
    return this.call('listSurveyComments', { params: { id }, query: page });
  }

  async getRatingComments(
    toolRef: string,
    page?: KeysetPageRequest,
  ): Promise<Page<RatingComment>> {
    return this.call('listRatingComments', { query: { toolRef, ...page } });
  }

  async getSurveyTrend(options?: {
    toolRef?: string;
  }): Promise<SurveyTrendPoint[]> {
    return (await this.call('getSurveyTrend', { query: options })).items;
  }

  async exportSurvey(id: number, part: 'teams' | 'answers'): Promise<Blob> {
    return this.call('exportSurvey', { params: { id }, query: { part } });
  }

  async getRoadmapLanes(): Promise<{ lane: RoadmapLane; title: string }[]> {
    return (await this.call('listRoadmapLanes')).items;
  }

  async getRoadmapBoard(): Promise<RoadmapBoard> {
    return this.call('getRoadmapBoard');
  }

  async listRoadmapItems(query?: RoadmapQuery): Promise<Page<RoadmapItem>> {
    return this.call('listRoadmapItems', { query });
  }

  async getRoadmapItem(id: number): Promise<RoadmapItemDetail> {
    return this.call('getRoadmapItem', { params: { id } });
  }

  async createRoadmapItem(input: RoadmapItemInput): Promise<RoadmapItemDetail> {
    return this.call('createRoadmapItem', { body: input });
  }

  async updateRoadmapItem(
    id: number,
    input: RoadmapItemUpdate,
  ): Promise<RoadmapItemDetail> {
    return this.call('updateRoadmapItem', { params: { id }, body: input });
  }

  async moveRoadmapItem(
    id: number,
    lane: RoadmapLane,
    version: number,
  ): Promise<RoadmapItemDetail> {
    return this.call('moveRoadmapItem', {
      params: { id },
      body: { lane, version },
    });
  }

  async shipRoadmapItem(
    id: number,
    input: RouteBody<'shipRoadmapItem'>,
  ): Promise<RoadmapItemDetail> {
    return this.call('shipRoadmapItem', { params: { id }, body: input });
  }

  async killRoadmapItem(
    id: number,
    input: RouteBody<'killRoadmapItem'>,
  ): Promise<RoadmapItemDetail> {
    return this.call('killRoadmapItem', { params: { id }, body: input });
  }

  async deleteRoadmapItem(id: number): Promise<void> {
    return this.call('deleteRoadmapItem', { params: { id } });
  }

  async voteRoadmapItem(id: number, vote: boolean): Promise<RoadmapItem> {
    return this.call(vote ? 'voteRoadmapItem' : 'unvoteRoadmapItem', {
      params: { id },
    });
  }

  async setCriterionOutcome(
    criterionId: number,
    input: RouteBody<'setCriterionOutcome'>,
  ): Promise<RoadmapItemDetail> {
    return this.call('setCriterionOutcome', {
      params: { id: criterionId },
      body: input,
    });
  }

  async suggestReach(options: {
    toolRefs: string[];
    itemId?: number;
  }): Promise<ReachSuggestion> {
    const { toolRefs, itemId } = options;
    return this.call('suggestReach', { query: { toolRef: toolRefs, itemId } });
  }

  async getRoadmapDemand(id: number): Promise<RoadmapDemand> {
    return this.call('getRoadmapDemand', { params: { id } });
  }

  async linkEvidence(
    itemId: number,
    source: EvidenceLinkInput,
  ): Promise<EvidenceLink> {
    return this.call('linkEvidence', { params: { id: itemId }, body: source });
  }

  async unlinkEvidence(itemId: number, evidenceId: number): Promise<void> {
    return this.call('unlinkEvidence', { params: { id: itemId, evidenceId } });
  }

  async getEvidenceOf(source: EvidenceLinkInput): Promise<SourceEvidence> {
    const { sourceKind, sourceId } = source;
    return this.call('getSourceEvidence', { query: { sourceKind, sourceId } });
  }

  async getMeasuredOutcome(id: number): Promise<MeasuredOutcome> {
    return this.call('getMeasuredOutcome', { params: { id } });
  }

  async decideRoadmapOutcome(
    id: number,
    input: OutcomeDecisionInput,
  ): Promise<RoadmapItemDetail> {
    return this.call('decideOutcome', { params: { id }, body: input });
  }

  async getRoadmapPriorities(): Promise<RoadmapPriorities> {
    return this.call('getRoadmapPriorities');
  }

  async getResearchNotes(
    query?: ResearchQuery,
  ): Promise<Page<ResearchNoteSummary>> {
    return this.call('listResearchNotes', { query });
  }

  async getResearchNote(id: number): Promise<ResearchNote> {
    return this.call('getResearchNote', { params: { id } });
  }

  async createResearchNote(input: ResearchNoteInput): Promise<ResearchNote> {
    return this.call('createResearchNote', { body: input });
  }

  async updateResearchNote(
    id: number,
    input: ResearchNoteUpdate,
  ): Promise<ResearchNote> {
    return this.call('updateResearchNote', { params: { id }, body: input });
  }

  async deleteResearchNote(id: number): Promise<void> {
    return this.call('deleteResearchNote', { params: { id } });
  }

  async getRoadmapReviewsDue(
    page?: KeysetPageRequest,
  ): Promise<Page<RoadmapReviewDue>> {
    return this.call('listReviewsDue', { query: page });
  }

  async getRoadmapGoals(page?: KeysetPageRequest): Promise<Page<RoadmapGoal>> {
    return this.call('listGoals', { query: page });
  }

  async createGoal(input: RouteBody<'createGoal'>): Promise<{ id: number }> {
    return this.call('createGoal', { body: input });
  }

  async addGoalActor(
    goalId: number,
    actor: RouteBody<'addActor'>,
  ): Promise<{ id: number }> {
    return this.call('addActor', { params: { id: goalId }, body: actor });
  }

  async addGoalImpact(actorId: number, title: string): Promise<{ id: number }> {
    return this.call('addImpact', { params: { id: actorId }, body: { title } });
  }

  async deleteFromImpactMap(
    what: 'goal' | 'actor' | 'impact',
    id: number,
  ): Promise<void> {
    return this.call(impactMapDeletes[what], { params: { id } });
  }

  async getChampions(query?: ChampionsQuery): Promise<Page<Champion>> {
    return this.call('listChampions', { query });
  }

  async getChampionCoverage(): Promise<ChampionCoverage> {
    return this.call('getChampionCoverage');
  }

  async getCoverageHistory(days?: number): Promise<CoverageSnapshot[]> {
    return (await this.call('getCoverageHistory', { query: { days } })).items;
  }

  async getMyChampionStatus(): Promise<ChampionStatus> {
    return this.call('getChampionStatus');
  }

  async getChampionProfile(userRef: string): Promise<ChampionProfile> {
    return this.call('getChampionProfile', { query: { userRef } });
  }

  async getNominations(
    options?: { status?: Nomination['status'] } & KeysetPageRequest,
  ): Promise<Page<Nomination>> {
    return this.call('listNominations', { query: options });
  }

  async nominateChampion(input: NominationInput): Promise<Nomination> {
    return this.call('nominate', { body: input });
  }

  async approveNomination(
    id: number,
    focusAreas?: string[],
  ): Promise<Champion> {
    return this.call('approveNomination', {
      params: { id },
      body: { focusAreas },
    });
  }

  async declineNomination(id: number, reason: string): Promise<Nomination> {
    return this.call('declineNomination', { params: { id }, body: { reason } });
  }

  async retireChampion(id: number): Promise<Champion> {
    return this.call('retireChampion', { params: { id } });
  }

  async getKudos(
    options?: { championRef?: string } & KeysetPageRequest,
  ): Promise<Page<Kudos>> {
    return this.call('listKudos', { query: options });
  }

  async giveKudos(championRef: string, message: string): Promise<Kudos> {
    return this.call('giveKudos', { body: { championRef, message } });
  }

  async logChampionActivity(
    input: ChampionActivityInput,
  ): Promise<{ id: number }> {
    return this.call('logChampionActivity', { body: input });
  }

  async getChampionActivitySummary(): Promise<ChampionActivitySummary> {
    return this.call('getChampionActivitySummary');
  }

  async listChangelog(query?: ChangelogQuery): Promise<Page<ChangelogEntry>> {
    return this.call('listChangelog', { query });
  }

  async listUnpublishedChangelog(
    page?: KeysetPageRequest & { q?: string },
  ): Promise<Page<ChangelogEntry>> {
    return this.call('listUnpublishedChangelog', { query: page });
  }

  async getChangelogEntry(id: number): Promise<ChangelogEntry> {
    return this.call('getChangelogEntry', { params: { id } });
  }

  async getChangelogRevisions(
    id: number,
    page?: KeysetPageRequest,
  ): Promise<Page<ChangelogRevision>> {
    return this.call('listChangelogRevisions', { params: { id }, query: page });
  }

  async getChangelogReach(id: number): Promise<ChangelogReach> {
    return this.call('getChangelogReach', { params: { id } });
  }

  async createChangelogEntry(
    input: ChangelogEntryInput,
  ): Promise<ChangelogEntry> {
    return this.call('createChangelogEntry', { body: input });
  }

  async updateChangelogEntry(
    id: number,
    input: RouteBody<'updateChangelogEntry'>,
  ): Promise<ChangelogEntry> {
    return this.call('updateChangelogEntry', { params: { id }, body: input });
  }

  async publishChangelogEntry(id: number): Promise<ChangelogEntry> {
    return this.call('publishChangelogEntry', { params: { id } });
  }

  async getChangelogAudience(id: number): Promise<ChangelogAudience> {
    return this.call('getChangelogAudience', { params: { id } });
  }

  async getChangelogDeliveries(id: number): Promise<ChangelogDeliveryReport> {
    return this.call('getChangelogDeliveries', { params: { id } });
  }

  async deleteChangelogEntry(id: number): Promise<void> {
    return this.call('deleteChangelogEntry', { params: { id } });
  }

  async markChangelogHelpful(
    id: number,
    helpful: boolean,
  ): Promise<ChangelogEntry> {
    return this.call(
      helpful ? 'markChangelogHelpful' : 'unmarkChangelogHelpful',
      { params: { id } },
    );
  }

  /**
   * The nav icon, the page header's icon and the changelog all ask when a page opens: they
   * share one request. A call after it settled asks again (e.g. once the reader caught up).
   */
  async getChangelogUnseen(): Promise<ChangelogUnseen> {
    this.unseen ??= this.call('getChangelogUnseen').finally(() => {
      this.unseen = undefined;
    });
    return this.unseen;
  }

  async markChangelogSeen(): Promise<void> {
    return this.call('markChangelogSeen');
  }

  async getToolInsights(): Promise<ToolInsights> {
    return this.call('getToolInsights');
  }

  async getChangelogReachByWeek(weeks = 12): Promise<ChangelogReachByWeek> {
    return this.call('getChangelogReachByWeek', { query: { weeks } });
  }

  async getToolTrends(options?: {
    toolRef?: string;
    days?: number;
  }): Promise<ToolSnapshot[]> {
    return (await this.call('getToolTrends', { query: options })).items;
  }

  async getNpsTrend(): Promise<SurveyTrendPoint[]> {
    return (await this.call('getNpsTrend')).items;
  }

  async getProgramHealth(): Promise<ProgramHealth> {
    return this.call('getProgramHealth');
  }

  async getScorecard(): Promise<Scorecard> {
    return this.call('getScorecard');
  }

  async getTeamInsight(teamRef: string): Promise<TeamInsight> {
    return this.call('getTeamInsight', { params: entityPath(teamRef) });
  }

  async setToolMandated(
    toolRef: string,
    mandated: boolean,
  ): Promise<{ toolRef: string; mandated: ToolMandate | null }> {
    return this.call('setToolMandated', {
      params: entityPath(toolRef),
      body: { mandated },
    });
  }

  async getDigestSettings(): Promise<DigestSettings> {
    return this.call('getDigestSettings');
  }

  async setDigestSettings(settings: DigestSettings): Promise<DigestSettings> {
    return this.call('setDigestSettings', { body: settings });
  }

  async previewDigest(userRef: string): Promise<Digest> {
    return this.call('previewDigest', { query: { userRef } });
  }
}

/** An entity ref as the `:kind/:namespace/:name` of a path. */
function entityPath(ref: string) {
  const { kind, namespace, name } = parseEntityRef(ref);
  return { kind, namespace, name };
}
