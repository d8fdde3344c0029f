import { parseEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
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
import {
  KeysetPageRequest,
  PageRequest,
  PlatformProductApi,
} from './PlatformProductApi';

/** `?a=1&b=2` from the defined values of `params` (arrays joined by commas), or ''. */
function queryString(params: object = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') {
      query.set(key, Array.isArray(value) ? value.join(',') : String(value));
    }
  }
  return query.size ? `?${query}` : '';
}

/** Talks to the backend through `fetchApi`, which carries the user's token. */
export class PlatformProductClient implements PlatformProductApi {
  /** The unseen count's request in flight, shared by everyone who asks meanwhile. */
  private unseen?: Promise<ChangelogUnseen>;

  constructor(
    private readonly options: {
      discoveryApi: DiscoveryApi;
      fetchApi: FetchApi;
    },
  ) {}

  async getTeams(): Promise<Team[]> {
    return (await this.get<{ items: Team[] }>('/teams')).items;
  }

  async getTools(): Promise<Tool[]> {
    return (await this.get<{ items: Tool[] }>('/tools')).items;
  }

  async getViewer(): Promise<Viewer> {
    return this.get<Viewer>('/me');
  }

  async getPermissionSetup(): Promise<PermissionSetup> {
    return this.get<PermissionSetup>('/permissions/setup');
  }

  async getRatingSummary(toolRef: string): Promise<RatingSummary> {
    return this.get<RatingSummary>(
      `/ratings?${new URLSearchParams({ toolRef })}`,
    );
  }

  async rate(input: RatingInput): Promise<RatingSummary> {
    return this.send<RatingSummary>('PUT', '/ratings', input);
  }

  async withdrawRating(toolRef: string): Promise<void> {
    await this.send('DELETE', `/ratings?${new URLSearchParams({ toolRef })}`);
  }

  async getRatingPrompt(toolRef?: string): Promise<RatingPrompt | null> {
    const { prompt } = await this.get<{ prompt: RatingPrompt | null }>(
      `/ratings/prompt${queryString({ toolRef })}`,
    );
    return prompt;
  }

  async dismissRatingPrompt(toolRef: string): Promise<void> {
    await this.send('POST', '/ratings/prompt/dismiss', { toolRef });
  }

  async listFeedback(query?: FeedbackQuery): Promise<Page<FeedbackItem>> {
    return this.get(`/feedback${queryString(query)}`);
  }

  async getFeedback(id: number): Promise<FeedbackItem> {
    return this.get(`/feedback/${id}`);
  }

  async similarFeedback(query: SimilarFeedbackQuery): Promise<FeedbackItem[]> {
    return (
      await this.get<{ items: FeedbackItem[] }>(
        `/feedback/similar${queryString(query)}`,
      )
    ).items;
  }

  async sendFeedback(input: FeedbackInput): Promise<FeedbackItem> {
    return this.create('/feedback', input);
  }

  async voteFeedback(id: number, vote: boolean): Promise<FeedbackItem> {
    return this.send(vote ? 'PUT' : 'DELETE', `/feedback/${id}/vote`);
  }

  async changeFeedbackStatus(
    id: number,
    input: FeedbackStatusInput,
  ): Promise<FeedbackItem> {
    return this.send('POST', `/feedback/${id}/status`, input);
  }

  async assignFeedback(
    id: number,
    assigneeRef?: string,
  ): Promise<FeedbackItem> {
    return assigneeRef
      ? this.send('PUT', `/feedback/${id}/assignee`, { assigneeRef })
      : this.send('DELETE', `/feedback/${id}/assignee`);
  }

  async tagFeedback(id: number, tags: string[]): Promise<FeedbackItem> {
    return this.send('PUT', `/feedback/${id}/tags`, { tags });
  }

  async changeFeedbackStatuses(
    input: FeedbackBulkStatusInput,
  ): Promise<FeedbackBulkResult[]> {
    return (
      await this.send<{ results: FeedbackBulkResult[] }>(
        'POST',
        '/feedback/bulk-status',
        input,
      )
    ).results;
  }

  async getFeedbackTriageCount(): Promise<FeedbackTriageCount> {
    return this.get('/feedback/triage-count');
  }

  async getFeedbackActivity(
    id: number,
    page?: PageRequest,
  ): Promise<Page<FeedbackActivity>> {
    return this.get(`/feedback/${id}/activity${queryString(page)}`);
  }

  async replyToFeedback(id: number, body: string): Promise<void> {
    await this.send('POST', `/feedback/${id}/replies`, { body });
  }

  async mergeFeedback(id: number, intoId: number): Promise<FeedbackItem> {
    return this.send('POST', `/feedback/${id}/merge`, { intoId });
  }

  async listSurveys(page?: PageRequest): Promise<Page<Survey>> {
    return this.get(`/surveys${queryString(page)}`);
  }

  async createSurvey(input: SurveyInput): Promise<Survey> {
    return this.create('/surveys', input);
  }

  async updateSurvey(id: number, input: SurveyInput): Promise<Survey> {
    return this.send('PUT', `/surveys/${id}`, input);
  }

  async closeSurvey(id: number): Promise<Survey> {
    return this.send('POST', `/surveys/${id}/close`);
  }

  async getSurveyPrompts(options?: {
    toolRef?: string;
  }): Promise<SurveyPrompt[]> {
    const prompts: SurveyPrompt[] = [];
    let cursor: string | undefined;
    do {
      const page: { items: SurveyPrompt[]; nextCursor?: string } =
        await this.get(
          `/surveys/prompts${queryString({ ...options, limit: 100, cursor })}`,
        );
      prompts.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return prompts;
  }

  async answerSurvey(
    id: number,
    input: SurveyResponseInput,
  ): Promise<SurveyPrompt> {
    return this.send('PUT', `/surveys/${id}/response`, input);
  }

  async getSurveyResults(id: number): Promise<SurveyResults> {
    return this.get(`/surveys/${id}/results`);
  }

  async getSurveyComments(
    id: number,
    page?: KeysetPageRequest,
  ): Promise<Page<SurveyComment>> {
    return this.get(`/surveys/${id}/comments${queryString(page)}`);
  }

  async getRatingComments(
    toolRef: string,
    page?: KeysetPageRequest,
  ): Promise<Page<RatingComment>> {
    return this.get(`/ratings/comments${queryString({ toolRef, ...page })}`);
  }

  async getSurveyTrend(options?: {
    toolRef?: string;
  }): Promise<SurveyTrendPoint[]> {
    return (
      await this.get<{ items: SurveyTrendPoint[] }>(
        `/surveys/trend${queryString(options)}`,
      )
    ).items;
  }

  async exportSurvey(id: number, part: 'teams' | 'answers'): Promise<Blob> {
    const response = await this.request(
      'GET',
      `/surveys/${id}/export${queryString({ part })}`,
    );
    return response.blob();
  }

  async getRoadmapLanes(): Promise<{ lane: RoadmapLane; title: string }[]> {
    return (
      await this.get<{ items: { lane: RoadmapLane; title: string }[] }>(
        '/roadmap/lanes',
      )
    ).items;
  }

  async getRoadmapBoard(): Promise<RoadmapBoard> {
    return this.get('/roadmap/board');
  }

  async listRoadmapItems(query?: RoadmapQuery): Promise<Page<RoadmapItem>> {
    return this.get(`/roadmap/items${queryString(query)}`);
  }

  async getRoadmapItem(id: number): Promise<RoadmapItemDetail> {
    return this.get(`/roadmap/items/${id}`);
  }

  async createRoadmapItem(input: RoadmapItemInput): Promise<RoadmapItemDetail> {
    return this.create('/roadmap/items', input);
  }

  async updateRoadmapItem(
    id: number,
    input: RoadmapItemUpdate,
  ): Promise<RoadmapItemDetail> {
    return this.send('PUT', `/roadmap/items/${id}`, input);
  }

  async moveRoadmapItem(
    id: number,
    lane: RoadmapLane,
    version: number,
  ): Promise<RoadmapItemDetail> {
    return this.send('POST', `/roadmap/items/${id}/move`, { lane, version });
  }

  async shipRoadmapItem(
    id: number,
    input: { changelogEntryIds?: number[]; version: number },
  ): Promise<RoadmapItemDetail> {
    return this.send('POST', `/roadmap/items/${id}/ship`, input);
  }

  async killRoadmapItem(
    id: number,
    input: { reason: string; version: number },
  ): Promise<RoadmapItemDetail> {
    return this.send('POST', `/roadmap/items/${id}/kill`, input);
  }

  async deleteRoadmapItem(id: number): Promise<void> {
    await this.send('DELETE', `/roadmap/items/${id}`);
  }

  async voteRoadmapItem(id: number, vote: boolean): Promise<RoadmapItem> {
    return this.send(vote ? 'PUT' : 'DELETE', `/roadmap/items/${id}/vote`);
  }

  async setCriterionOutcome(
    criterionId: number,
    input: { outcome: 'pending' | 'met' | 'missed'; note?: string },
  ): Promise<RoadmapItemDetail> {
    return this.send('PUT', `/roadmap/criteria/${criterionId}`, input);
  }

  async suggestReach(options: {
    toolRefs: string[];
    itemId?: number;
  }): Promise<ReachSuggestion> {
    return this.get(
      `/roadmap/reach${queryString({
        toolRef: options.toolRefs,
        itemId: options.itemId,
      })}`,
    );
  }

  async getRoadmapDemand(id: number): Promise<RoadmapDemand> {
    return this.get(`/roadmap/items/${id}/evidence`);
  }

  async linkEvidence(
    itemId: number,
    source: EvidenceLinkInput,
  ): Promise<EvidenceLink> {
    return this.send('POST', `/roadmap/items/${itemId}/evidence`, source);
  }

  async unlinkEvidence(itemId: number, evidenceId: number): Promise<void> {
    await this.send(
      'DELETE',
      `/roadmap/items/${itemId}/evidence/${evidenceId}`,
    );
  }

  async getEvidenceOf(source: EvidenceLinkInput): Promise<SourceEvidence> {
    return this.get(`/roadmap/evidence${queryString(source)}`);
  }

  async getMeasuredOutcome(id: number): Promise<MeasuredOutcome> {
    return this.get(`/roadmap/items/${id}/outcome`);
  }

  async decideRoadmapOutcome(
    id: number,
    input: OutcomeDecisionInput,
  ): Promise<RoadmapItemDetail> {
    return this.send('PUT', `/roadmap/items/${id}/outcome`, input);
  }

  async getRoadmapPriorities(): Promise<RoadmapPriorities> {
    return this.get('/roadmap/priorities');
  }

  async getResearchNotes(
    query?: ResearchQuery,
  ): Promise<Page<ResearchNoteSummary>> {
    return this.get(`/research${queryString(query)}`);
  }

  async getResearchNote(id: number): Promise<ResearchNote> {
    return this.get(`/research/${id}`);
  }

  async createResearchNote(input: ResearchNoteInput): Promise<ResearchNote> {
    return this.create('/research', input);
  }

  async updateResearchNote(
    id: number,
    input: ResearchNoteInput & { version: number },
  ): Promise<ResearchNote> {
    return this.send('PUT', `/research/${id}`, input);
  }

  async deleteResearchNote(id: number): Promise<void> {
    await this.send('DELETE', `/research/${id}`);
  }

  async getRoadmapReviewsDue(
    page?: KeysetPageRequest,
  ): Promise<Page<RoadmapReviewDue>> {
    return this.get(`/roadmap/reviews-due${queryString(page)}`);
  }

  async getRoadmapGoals(page?: KeysetPageRequest): Promise<Page<RoadmapGoal>> {
    return this.get(`/roadmap/goals${queryString(page)}`);
  }

  async createGoal(input: {
    title: string;
    description?: string;
  }): Promise<{ id: number }> {
    return this.send('POST', '/roadmap/goals', input);
  }

  async addGoalActor(
    goalId: number,
    actor: { teamRef?: string; persona?: string },
  ): Promise<{ id: number }> {
    return this.send('POST', `/roadmap/goals/${goalId}/actors`, actor);
  }

  async addGoalImpact(actorId: number, title: string): Promise<{ id: number }> {
    return this.send('POST', `/roadmap/actors/${actorId}/impacts`, { title });
  }

  async deleteFromImpactMap(
    what: 'goal' | 'actor' | 'impact',
    id: number,
  ): Promise<void> {
    await this.send('DELETE', `/roadmap/${what}s/${id}`);
  }

  async getChampions(query?: ChampionsQuery): Promise<Page<Champion>> {
    return this.get(`/champions${queryString(query)}`);
  }

  async getChampionCoverage(): Promise<ChampionCoverage> {
    return this.get('/champions/coverage');
  }

  async getCoverageHistory(days?: number): Promise<CoverageSnapshot[]> {
    return (
      await this.get<{ items: CoverageSnapshot[] }>(
        `/champions/coverage/history${queryString({ days })}`,
      )
    ).items;
  }

  async getMyChampionStatus(): Promise<ChampionStatus> {
    return this.get('/champions/me');
  }

  async getChampionProfile(userRef: string): Promise<ChampionProfile> {
    return this.get(`/champions/profile${queryString({ userRef })}`);
  }

  async getNominations(
    options?: { status?: Nomination['status'] } & KeysetPageRequest,
  ): Promise<Page<Nomination>> {
    return this.get(`/champions/nominations${queryString(options)}`);
  }

  async nominateChampion(input: NominationInput): Promise<Nomination> {
    return this.create('/champions/nominations', input);
  }

  async approveNomination(
    id: number,
    focusAreas?: string[],
  ): Promise<Champion> {
    return this.send('POST', `/champions/nominations/${id}/approve`, {
      focusAreas,
    });
  }

  async declineNomination(id: number, reason: string): Promise<Nomination> {
    return this.send('POST', `/champions/nominations/${id}/decline`, {
      reason,
    });
  }

  async retireChampion(id: number): Promise<Champion> {
    return this.send('POST', `/champions/${id}/retire`);
  }

  async getKudos(
    options?: { championRef?: string } & KeysetPageRequest,
  ): Promise<Page<Kudos>> {
    return this.get(`/champions/kudos${queryString(options)}`);
  }

  async giveKudos(championRef: string, message: string): Promise<Kudos> {
    return this.create('/champions/kudos', { championRef, message });
  }

  async logChampionActivity(
    input: ChampionActivityInput,
  ): Promise<{ id: number }> {
    return this.send('POST', '/champions/activities', input);
  }

  async getChampionActivitySummary(): Promise<ChampionActivitySummary> {
    return this.get('/champions/activity-summary');
  }

  async listChangelog(query?: ChangelogQuery): Promise<Page<ChangelogEntry>> {
    return this.get(`/changelog${queryString(query)}`);
  }

  async listUnpublishedChangelog(
    page?: KeysetPageRequest & { q?: string },
  ): Promise<Page<ChangelogEntry>> {
    return this.get(`/changelog/unpublished${queryString(page)}`);
  }

  async getChangelogEntry(id: number): Promise<ChangelogEntry> {
    return this.get(`/changelog/${id}`);
  }

  async getChangelogRevisions(
    id: number,
    page?: KeysetPageRequest,
  ): Promise<Page<ChangelogRevision>> {
    return this.get(`/changelog/${id}/revisions${queryString(page)}`);
  }

  async getChangelogReach(id: number): Promise<ChangelogReach> {
    return this.get(`/changelog/${id}/reach`);
  }

  async createChangelogEntry(
    input: ChangelogEntryInput,
  ): Promise<ChangelogEntry> {
    return this.create('/changelog', input);
  }

  async updateChangelogEntry(
    id: number,
    input: ChangelogEntryInput & { version: number },
  ): Promise<ChangelogEntry> {
    return this.send('PUT', `/changelog/${id}`, input);
  }

  async publishChangelogEntry(id: number): Promise<ChangelogEntry> {
    return this.send('POST', `/changelog/${id}/publish`);
  }

  async getChangelogAudience(id: number): Promise<ChangelogAudience> {
    return this.get(`/changelog/${id}/audience`);
  }

  async getChangelogDeliveries(id: number): Promise<ChangelogDeliveryReport> {
    return this.get(`/changelog/${id}/deliveries`);
  }

  async deleteChangelogEntry(id: number): Promise<void> {
    await this.send('DELETE', `/changelog/${id}`);
  }

  async markChangelogHelpful(
    id: number,
    helpful: boolean,
  ): Promise<ChangelogEntry> {
    return this.send(helpful ? 'PUT' : 'DELETE', `/changelog/${id}/helpful`);
  }

  /**
   * The nav icon, the page header's icon and the changelog all ask when a page opens: they
   * share one request. A call after it settled asks again (e.g. once the reader caught up).
   */
  async getChangelogUnseen(): Promise<ChangelogUnseen> {
    this.unseen ??= this.get<ChangelogUnseen>('/changelog/unseen').finally(
      () => {
        this.unseen = undefined;
      },
    );
    return this.unseen;
  }

  async markChangelogSeen(): Promise<void> {
    await this.send('POST', '/changelog/seen');
  }

  async getToolInsights(): Promise<ToolInsights> {
    return this.get('/insights/tools');
  }

  async getChangelogReachByWeek(weeks = 12): Promise<ChangelogReachByWeek> {
    return this.get(`/insights/changelog-reach${queryString({ weeks })}`);
  }

  async getToolTrends(options?: {
    toolRef?: string;
    days?: number;
  }): Promise<ToolSnapshot[]> {
    return (
      await this.get<{ items: ToolSnapshot[] }>(
        `/insights/trends${queryString(options)}`,
      )
    ).items;
  }

  async getNpsTrend(): Promise<SurveyTrendPoint[]> {
    return (await this.get<{ items: SurveyTrendPoint[] }>('/insights/nps'))
      .items;
  }

  async getProgramHealth(): Promise<ProgramHealth> {
    return this.get('/insights/health');
  }

  async getScorecard(): Promise<Scorecard> {
    return this.get('/insights/scorecard');
  }

  async getTeamInsight(teamRef: string): Promise<TeamInsight> {
    return this.get(`/insights/teams/${entityPath(teamRef)}`);
  }

  async setToolMandated(
    toolRef: string,
    mandated: boolean,
  ): Promise<{ toolRef: string; mandated: ToolMandate | null }> {
    return this.send('PUT', `/insights/tools/${entityPath(toolRef)}/mandated`, {
      mandated,
    });
  }

  async getDigestSettings(): Promise<DigestSettings> {
    return this.get('/digest/settings');
  }

  async setDigestSettings(settings: DigestSettings): Promise<DigestSettings> {
    return this.send('PUT', '/digest/settings', settings);
  }

  async previewDigest(userRef: string): Promise<Digest> {
    return this.get(`/digest/preview${queryString({ userRef })}`);
  }

  private async get<T>(path: string): Promise<T> {
    return this.send<T>('GET', path);
  }

  /**
   * A create, with a fresh `Idempotency-Key`: should this request reach the backend more than
   * once (a retry after a lost connection), it still creates once.
   */
  private async create<T>(path: string, body: unknown): Promise<T> {
    return this.send<T>('POST', path, body, {
      'Idempotency-Key': newIdempotencyKey(),
    });
  }

  private async send<T>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<T> {
    const response = await this.request(method, path, body, headers);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  private async request(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response> {
    const baseUrl = await this.options.discoveryApi.getBaseUrl(
      'platform-product',
    );
    const response = await this.options.fetchApi.fetch(`${baseUrl}${path}`, {
      method,
      ...(body === undefined
        ? { headers }
        : {
            headers: { 'Content-Type': 'application/json', ...headers },
            body: JSON.stringify(body),
          }),
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response;
  }
}

/** An entity ref as the `:kind/:namespace/:name` of a path, each segment encoded. */
function entityPath(ref: string): string {
  const { kind, namespace, name } = parseEntityRef(ref);
  return [kind, namespace, name].map(encodeURIComponent).join('/');
}

/** A fresh random key; `crypto.randomUUID` exists only on HTTPS pages and localhost. */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), byte =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}
