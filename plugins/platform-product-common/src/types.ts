import {
  FeedbackKind,
  FeedbackStatus,
  RoadmapLane,
  RoadmapStatus,
  EvidenceSourceKind,
  OutcomeDecision,
  ChampionActivityType,
  ChangelogCategory,
  ResearchNoteKind,
} from './schemas';

/** A team of the company: a catalog Group matching the configured team filter. */
export interface Team {
  /** Entity ref, e.g. `group:default/checkout`. */
  ref: string;
  name: string;
  title: string;
  /** Entity ref of the parent group (typically a department), if any. */
  parentRef?: string;
  /** Number of direct members (`hasMember` relations to users). */
  memberCount: number;
}

/** A platform tool: a catalog entity matching the configured tool filter. */
export interface Tool {
  /** Entity ref, e.g. `component:default/ci-pipelines`. */
  ref: string;
  kind: string;
  name: string;
  title: string;
  description?: string;
  /** Entity ref of the owner, if any. */
  ownerRef?: string;
}

/** How widely a tool is used: which eligible teams own something that depends on it. */
export interface ToolAdoption {
  toolRef: string;
  /** Refs of adopting teams, sorted. */
  teamRefs: string[];
  adoptingTeams: number;
  eligibleTeams: number;
  /** adoptingTeams / eligibleTeams, between 0 and 1 (0 when there are no eligible teams). */
  rate: number;
}

/** The signed-in person as the catalog sees them. */
export interface Viewer {
  userRef: string;
  /** Eligible teams the person is a direct member of. */
  teamRefs: string[];
}

/**
 * How the portal's permission policy treats the suite, as seen by the caller
 * (`GET /api/platform-product/permissions/setup`), so the UI can warn when everyone is a maintainer.
 */
export interface PermissionSetup {
  /**
   * The policy allows a permission nobody should hold (`platform-product.policy-probe`) and the
   * maintainer permissions to the caller: the stock allow-all policy or `permission.enabled: false`,
   * under which every signed-in user is a maintainer.
   */
  everyoneIsMaintainer: boolean;
  /** `platformProduct.maintainers` lists at least one group or user. */
  maintainersConfigured: boolean;
}

/** The signed-in person's current rating of a tool. */
export interface MyRating {
  stars: number;
  comment?: string;
  anonymous: boolean;
  updatedAt: string;
}

/** Current ratings of a tool: one per person, the latest they gave. */
export interface RatingSummary {
  toolRef: string;
  /**
   * Number of current ratings; null while they are too few to show (then nothing is): fewer
   * than `minGroupSize`, or some but fewer than `minGroupSize` of them anonymous.
   */
  count: number | null;
  /** Mean of the current ratings; null when nobody rated it or `count` is null. */
  average: number | null;
  /** Number of current ratings per star value, 1 to 5; null when `count` is. */
  distribution: Record<1 | 2 | 3 | 4 | 5, number> | null;
  minGroupSize: number;
  /**
   * The ratings of people who had used the tool lately (usage events) when they rated: null
   * unless both they and the other raters are none or at least `minGroupSize` (so neither
   * group's figures can be learned by subtracting one from the other).
   */
  activeUsers: { count: number; average: number } | null;
  /** The caller's own rating, if they rated the tool. */
  mine?: MyRating;
}

/** An invitation to rate a tool the caller has been using (`GET /ratings/prompt`). */
export interface RatingPrompt {
  toolRef: string;
  /** The tool's title in the catalog. */
  title: string;
  /** How many uses the tools reported for the caller. */
  uses: number;
  /** The last day of use, `YYYY-MM-DD`. */
  lastUsedOn: string;
}

/** One page of a server-side paged list. */
export interface Page<T> {
  items: T[];
  totalCount: number;
  /** Set when counting stopped at `totalCount`: there are more matches than that. */
  moreThanTotal?: boolean;
  /**
   * Of lists paged by cursor: set when the page is full, so there may be more. Pass it as
   * `cursor` to read the next page without the server skipping the rows before it.
   */
  nextCursor?: string;
}

/** Something another record links to, by id and by its title at the time it was read. */
export interface LinkedTitle {
  id: number;
  title: string;
}

/** A piece of feedback or an idea about a tool, as the inbox shows it. */
export interface FeedbackItem {
  id: number;
  toolRef: string;
  kind: FeedbackKind;
  title: string;
  /** Markdown. */
  body: string;
  status: FeedbackStatus;
  anonymous: boolean;
  /**
   * Who wrote it: only for items that are not anonymous, and only for callers allowed to read
   * identities (or the author themselves).
   */
  authorRef?: string;
  voteCount: number;
  roadmapItemId?: number;
  /** The title of `roadmapItemId`, unless that item was deleted. */
  roadmapItemTitle?: string;
  changelogEntryId?: number;
  /** The title of `changelogEntryId`, unless that entry was deleted. */
  changelogEntryTitle?: string;
  declineReason?: string;
  /** Set when the item was merged into another (its status is then `merged`). */
  mergedIntoId?: number;
  /** The maintainer the item is assigned to, if any. */
  assigneeRef?: string;
  /** Lower-case tags, sorted. */
  tags: string[];
  /** The title of `mergedIntoId`. */
  mergedIntoTitle?: string;
  createdAt: string;
  updatedAt: string;
  /** The caller wrote it. */
  mine: boolean;
  /** The caller +1'd it. */
  voted: boolean;
}

/** An entry of a feedback item's thread: a reply, a status change or a merge. */
export interface FeedbackActivity {
  id: number;
  kind: 'reply' | 'status' | 'merge';
  /** Who acted; absent when the item's anonymous author replied. */
  actorRef?: string;
  /** `author` when the item's author replied in their own thread. */
  actorRole: 'maintainer' | 'author';
  body?: string;
  status?: FeedbackStatus;
  /** For merges: the other item. */
  relatedItemId?: number;
  relatedItemTitle?: string;
  /** For status changes: the roadmap item the feedback is linked to after this step. */
  roadmapItemId?: number;
  roadmapItemTitle?: string;
  /** For status changes: the changelog entry the feedback is linked to after this step. */
  changelogEntryId?: number;
  changelogEntryTitle?: string;
  createdAt: string;
}

/** Derived from the dates: a survey is scheduled, open, or closed. */
export type SurveyState = 'scheduled' | 'open' | 'closed';

/** An NPS survey campaign. */
export interface Survey {
  id: number;
  title: string;
  question: string;
  toolRef?: string;
  /** Empty when every team is asked. */
  teamRefs: string[];
  opensAt: string;
  closesAt: string;
  state: SurveyState;
  createdBy: string;
  /**
   * Number of answers; null while it may not be shown: fewer than `minGroupSize` answered, or
   * the anonymous answers among them are between 1 and `minGroupSize - 1`.
   */
  responseCount: number | null;
  minGroupSize: number;
}

/** The caller's answer to a survey. */
export interface MySurveyResponse {
  score: number;
  reason?: string;
  anonymous: boolean;
  updatedAt: string;
}

/** An open survey the caller is asked to answer, with their answer if they gave one. */
export interface SurveyPrompt {
  survey: Survey;
  mine?: MySurveyResponse;
}

/** NPS figures of a set of answers: promoters 9–10, passives 7–8, detractors 0–6. */
export interface NpsScore {
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** %promoters − %detractors, −100..100; null without answers. */
  nps: number | null;
}

/**
 * A team's slice of a survey's results. Each answer counts for one team only (the first team
 * asked that the person is in), and a slice is hidden (null figures) when it is too small, or
 * when showing it would let the hidden rest be computed by subtraction.
 */
export interface SurveyTeamResult {
  teamRef: string;
  title: string;
  audience: number;
  responses: number | null;
  responseRate: number | null;
  /** Absent when the slice is hidden. */
  score?: NpsScore;
}

/**
 * The answers of a department's teams that are not shown on their own ("other teams of X"),
 * combined into one figure. Only sent when large enough and when no subtraction of the shown
 * figures isolates one team; a department's total is never sent.
 */
export interface SurveyDepartmentResult {
  /** Entity ref of the department: the teams' parent group. */
  departmentRef: string;
  title: string;
  /** The teams combined here (some may have no answers). */
  teams: { teamRef: string; title: string }[];
  /** Distinct members of those teams. */
  audience: number;
  responseRate: number;
  score: NpsScore;
}

export interface SurveyResults {
  survey: Survey;
  /** Null while the answers are too few to show (see `minGroupSize`). */
  overall: NpsScore | null;
  /** People asked: distinct members of the audience teams, from the catalog. */
  audience: number;
  responseRate: number | null;
  minGroupSize: number;
  teams: SurveyTeamResult[];
  /** Roll-ups of the teams hidden on their own, per department; only the ones shown. */
  departments: SurveyDepartmentResult[];
}

/** A "why" given with an answer. `respondentRef` only for signed answers and allowed callers. */
export interface SurveyComment {
  /** Names the comment as roadmap evidence; random, drawn anew when the answer changes. */
  commentId: number;
  score: number;
  reason: string;
  respondentRef?: string;
}

/**
 * A rating's comment (`GET /ratings/comments`): the rater is named only for a rating that is
 * not anonymous, and only to readers allowed to read identities.
 */
export interface RatingComment {
  /** Names the comment as roadmap evidence; random, drawn anew when the rating changes. */
  commentId: number;
  stars: number;
  comment: string;
  raterRef?: string;
}

/** NPS of each survey, oldest first, for the trend chart. */
export interface SurveyTrendPoint {
  surveyId: number;
  title: string;
  closesAt: string;
  /** Null when the survey's answers are too few to show. */
  score: NpsScore | null;
}

/** A roadmap item as lists and the board show it. */
export interface RoadmapItem {
  id: number;
  title: string;
  /** Markdown. */
  description: string;
  lane: RoadmapLane;
  status: RoadmapStatus;
  ownerRef: string;
  toolRefs: string[];
  requestingTeamRefs: string[];
  reach: number;
  reachSource: 'catalog' | 'manual';
  impact: number;
  confidence: number;
  effort: number;
  /** Reach × Impact × Confidence / Effort, computed by the server. */
  riceScore: number;
  earlyAccess: boolean;
  impactId?: number;
  voteCount: number;
  /** Distinct teams of the people who voted. */
  voterTeamCount: number;
  /** The caller voted for it. */
  voted: boolean;
  changelogEntryIds: number[];
  /** The entries of `changelogEntryIds` that still exist, with their titles. */
  changelogEntries: LinkedTitle[];
  killReason?: string;
  shippedAt?: string;
  killedAt?: string;
  /** Increases with every change; updates must name the version they started from. */
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface SuccessCriterion {
  id: number;
  metric: string;
  target: string;
  reviewDate: string;
  outcome: 'pending' | 'met' | 'missed';
  note?: string;
}

/** One event of an item's life: created, moved between lanes, shipped, killed. */
export interface RoadmapHistoryEntry {
  id: number;
  kind: 'created' | 'moved' | 'shipped' | 'killed' | 'outcome';
  fromLane?: RoadmapLane;
  toLane?: RoadmapLane;
  actorRef: string;
  note?: string;
  createdAt: string;
}

export interface RoadmapItemDetail extends RoadmapItem {
  criteria: SuccessCriterion[];
  history: RoadmapHistoryEntry[];
  /** The outcome decision of the success-criteria review, once a shipped item has one. */
  outcome?: RoadmapOutcome;
}

/** One tool's figures on one day of the insights snapshots. */
export interface OutcomeFigures {
  day: string;
  /** Share of eligible teams that used the tool lately; null before it was recorded. */
  activeRate: number | null;
  activeTeams: number | null;
  /**
   * Null while the ratings were too few to show (as `RatingSummary.count`), and on days
   * recorded before the snapshots counted anonymous ratings.
   */
  ratingAverage: number | null;
  ratingCount: number | null;
}

/**
 * The measured outcome of a shipped item, per linked tool: the latest snapshot at or before
 * the ship date, and the latest now (null when there is none).
 */
export interface MeasuredOutcome {
  shippedAt: string;
  tools: {
    toolRef: string;
    before: OutcomeFigures | null;
    after: OutcomeFigures | null;
  }[];
}

/** The recorded outcome decision of a shipped item: keep, iterate or kill, and why. */
export interface RoadmapOutcome {
  decision: OutcomeDecision;
  reason?: string;
  /** The figures the decision was taken on. */
  measured: MeasuredOutcome;
  /** How much evidence stood behind the item then. */
  evidence: { people: number; anonymous: number; kinds: number };
  decidedBy: string;
  decidedAt: string;
}

/** The board: each lane (with its configured title) and its top items by RICE score. */
export interface RoadmapBoard {
  lanes: {
    lane: RoadmapLane;
    title: string;
    items: RoadmapItem[];
    totalCount: number;
  }[];
}

/**
 * Reach suggested from the catalog: the people of the teams that adopt the item's tools, of
 * the voters' teams and of the evidence teams, plus voters and named people behind the
 * evidence who are in none of those teams; everyone once.
 */
export interface ReachSuggestion {
  reach: number;
  teams: {
    teamRef: string;
    title: string;
    people: number;
    /**
     * Why the team counts: it adopts a linked tool, someone in it voted, and/or someone in it
     * is behind the item's evidence.
     */
    reasons: ('adopts' | 'voted' | 'evidence')[];
  }[];
}

/** A link between a roadmap item and a source of evidence. */
export interface EvidenceLink {
  id: number;
  roadmapItemId: number;
  sourceKind: EvidenceSourceKind;
  sourceId: number;
  /** The quote of a `research-quote` link. */
  sourcePart?: number;
  linkedBy: string;
  linkedAt: string;
}

/** `GET /roadmap/evidence`: the roadmap items a source is evidence for. */
export interface SourceEvidence {
  items: (EvidenceLink & { roadmapItemTitle: string })[];
}

/** A linked feedback item as the roadmap item's evidence shows it (never its author). */
export interface FeedbackEvidence extends EvidenceLink {
  feedback: Pick<
    FeedbackItem,
    'id' | 'title' | 'status' | 'voteCount' | 'anonymous' | 'toolRef'
  >;
}

/**
 * A linked rating or survey comment as the roadmap item's evidence shows it: what was said and
 * where, never who (each counts as one anonymous contribution unless it is a named rating).
 */
export interface CommentEvidence extends EvidenceLink {
  sourceKind: 'rating-comment' | 'survey-comment';
  comment: {
    text: string;
    /** Stars (1–5) of a rating, score (0–10) of a survey answer. */
    score: number;
    /** The rated tool, or the survey's tool if it has one. */
    toolRef?: string;
    /** The survey's title, for a survey comment. */
    surveyTitle?: string;
    anonymous: boolean;
  };
}

/** A team behind a roadmap item; `people` is null below the minimum group size. */
export interface DemandTeam {
  teamRef: string;
  title: string;
  people: number | null;
}

/** Which rule the confidence suggestion follows (see docs/roadmap.md, "Suggestions"). */
export type ConfidenceRule =
  | 'little-evidence'
  | 'two-kinds-three-teams'
  | 'validated-assumption'
  | 'usage';

/**
 * `GET /roadmap/items/:id/evidence`: the demand behind a roadmap item, and what it suggests.
 * Team figures count named people only; a team's figure is null below the minimum group size.
 */
export interface RoadmapDemand {
  minGroupSize: number;
  feedback: FeedbackEvidence[];
  /** Linked rating and survey comments. */
  comments: CommentEvidence[];
  /**
   * Linked research notes and quotes that exist; their text only for readers of research, so
   * everyone sees how many there are.
   */
  research: ResearchEvidence[];
  people: {
    /** Distinct named people (authors and +1ers of linked feedback), plus `anonymous`. */
    total: number;
    /** Anonymous contributions (each counted once, never named, never given a team). */
    anonymous: number;
  };
  /** Kinds of evidence: the linked sources' kinds, and `votes` when the item has votes. */
  kinds: (EvidenceSourceKind | 'votes')[];
  /** Teams of the named people behind the evidence. */
  evidenceTeams: DemandTeam[];
  /** Teams of the voters. */
  voterTeams: DemandTeam[];
  /** The item's requesting teams, with titles. */
  requestingTeams: Omit<DemandTeam, 'people'>[];
  suggestion: {
    reach: number;
    confidence: number;
    confidenceRule: ConfidenceRule;
  };
}

/** One row of the prioritisation view (`GET /roadmap/priorities`). */
export interface RoadmapPriority {
  item: Pick<
    RoadmapItem,
    'id' | 'title' | 'lane' | 'riceScore' | 'voteCount' | 'reach' | 'confidence'
  >;
  evidence: {
    /** Named people and anonymous contributions. */
    people: number;
    teams: number;
    kinds: number;
    links: number;
  };
  /** 1 = highest RICE score among the active items. */
  riceRank: number;
  /** 1 = most votes among the active items. */
  voteRank: number;
  /** `riceRank - voteRank`: positive when people want it more than its score says. */
  rankGap: number;
}

/** `GET /roadmap/priorities`: every active item in Now, Next and Later. */
export interface RoadmapPriorities {
  items: RoadmapPriority[];
  /** More active items exist than the view shows. */
  truncated: boolean;
  /** The view shows at most this many items of each lane. */
  itemsPerLane: number;
}

/** A shipped or active item whose review date passed with criteria still pending. */
export interface RoadmapReviewDue {
  item: Pick<RoadmapItem, 'id' | 'title' | 'lane' | 'status' | 'ownerRef'>;
  criteria: SuccessCriterion[];
}

/** Impact map: goal → actors (a team or a persona) → impacts → roadmap items. */
export interface RoadmapGoal {
  id: number;
  title: string;
  description?: string;
  actors: {
    id: number;
    teamRef?: string;
    persona?: string;
    impacts: {
      id: number;
      title: string;
      items: Pick<
        RoadmapItem,
        'id' | 'title' | 'lane' | 'status' | 'riceScore'
      >[];
    }[];
  }[];
}

/** A person championing the platform in one team (active) or who did (alumni). */
export interface Champion {
  id: number;
  userRef: string;
  teamRef: string;
  status: 'active' | 'alumni';
  focusAreas: string[];
  since: string;
  endedAt?: string;
}

export interface Nomination {
  id: number;
  nomineeRef: string;
  teamRef: string;
  nominatorRef: string;
  reason: string;
  focusAreas: string[];
  status: 'open' | 'approved' | 'declined';
  declineReason?: string;
  decidedBy?: string;
  createdAt: string;
  decidedAt?: string;
}

/** A team's champions against the target (configurable, e.g. 1–2). */
export interface TeamCoverage {
  teamRef: string;
  title: string;
  departmentRef?: string;
  champions: number;
  /** `uncovered` with none, `below` under the target's minimum, `above` over its maximum. */
  state: 'uncovered' | 'below' | 'covered' | 'above';
}

export interface ChampionCoverage {
  eligibleTeams: number;
  coveredTeams: number;
  /** coveredTeams / eligibleTeams, 0–1. */
  coverage: number;
  target: { min: number; max: number };
  teams: TeamCoverage[];
  departments: {
    ref: string;
    title: string;
    eligibleTeams: number;
    coveredTeams: number;
  }[];
}

/** Coverage on one day, kept by a daily snapshot. */
export interface CoverageSnapshot {
  day: string;
  eligibleTeams: number;
  coveredTeams: number;
}

export interface Kudos {
  id: number;
  championRef: string;
  fromRef: string;
  message: string;
  createdAt: string;
}

export interface ChampionActivity {
  id: number;
  userRef: string;
  type: ChampionActivityType;
  date: string;
  note?: string;
}

/** What champions did over a period: per champion and per type. */
export interface ChampionActivitySummary {
  since: string;
  byChampion: { userRef: string; count: number }[];
  byType: { type: ChampionActivityType; count: number }[];
}

/** The signed-in person as a champion: their championships and early access. */
export interface ChampionStatus {
  userRef: string;
  championships: Champion[];
  /** May see early-access roadmap items and changelog entries (champion or maintainer). */
  earlyAccess: boolean;
}

/** A champion's card on their user page. */
export interface ChampionProfile {
  userRef: string;
  championships: Champion[];
  recentKudos: Kudos[];
  /** Counted up to 1,000 (then 1,000). */
  kudosCount: number;
  activityCount: number;
}

/** A changelog entry as readers see it. */
export interface ChangelogEntry {
  id: number;
  title: string;
  /** Markdown. */
  body: string;
  category: ChangelogCategory;
  before?: string;
  after?: string;
  toolRefs: string[];
  /** Roadmap items this entry ships. */
  roadmapItemIds: number[];
  status: 'draft' | 'scheduled' | 'published';
  publishAt?: string;
  publishedAt?: string;
  earlyAccess: boolean;
  earlyAccessUntil?: string;
  authorRef: string;
  helpfulCount: number;
  /** The caller marked it helpful. */
  helpful: boolean;
  /** Published after the caller's last visit of the changelog. */
  isNew: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** One change of an entry, for its history. */
export interface ChangelogRevision {
  id: number;
  action: 'created' | 'updated' | 'published' | 'deleted';
  actorRef: string;
  title: string;
  createdAt: string;
}

/** Why a person is in a changelog entry's audience (a person may have several reasons). */
export type ChangelogAudienceReason = 'adopters' | 'voters' | 'champions';

/**
 * Who publishing an entry would notify, in counts only: never a name (voters may have voted
 * anonymously as far as readers are concerned).
 */
export interface ChangelogAudience {
  /** People notified, each once. */
  total: number;
  /** People per reason; a person counts once per reason they have. */
  byReason: Record<ChangelogAudienceReason, number>;
  /** People per team (a person in two teams counts in both), largest first. */
  byTeam: { teamRef: string; title: string; count: number }[];
  /** People in the audience who belong to no team. */
  withoutTeam: number;
}

/** The outbox of a published entry: how many notifications were sent, wait, or last failed. */
export interface ChangelogDeliveryReport {
  sent: number;
  pending: number;
  /** Not sent yet, and the last attempt failed: retried on the next run. */
  failed: number;
}

/** The outcome of one item of a bulk status change. */
export type FeedbackBulkResult =
  | { id: number; ok: true; status: FeedbackStatus }
  | {
      id: number;
      ok: false;
      error: 'conflict' | 'not-found' | 'invalid';
      /** The item's status now, when it has one. */
      status?: FeedbackStatus;
    };

/** How many feedback items wait for triage (status new); `capped` when there are more. */
export interface FeedbackTriageCount {
  count: number;
  capped: boolean;
}

/** How many entries are new since the caller's last visit. */
/** How many of a group of the audience opened the changelog since the entry was published. */
export interface ReachFigure {
  audience: number;
  readers: number;
}

/** One team's reach; its figure is hidden when showing it could single out fewer people than the minimum. */
export interface TeamReach {
  teamRef: string;
  title: string;
  /** Null when hidden. */
  reach: ReachFigure | null;
  /** Why it is hidden: the team has fewer people in the audience than the minimum, or showing
   * it would let the rest be worked out by subtraction. */
  hidden?: 'small' | 'complement';
}

/** Read receipts of a changelog entry: counts only, never who. */
export interface ChangelogReach {
  entryId: number;
  minGroupSize: number;
  /** Null when the whole audience is smaller than the minimum. */
  overall: ReachFigure | null;
  teams: TeamReach[];
}

/** `GET /insights/changelog-reach`: the reach per week, oldest first. */
export interface ChangelogReachByWeek {
  minGroupSize: number;
  items: ChangelogReachWeek[];
}

/** Changelog reach of the entries published in one week (starting Monday, UTC). */
export interface ChangelogReachWeek {
  weekStart: string;
  entries: number;
  /** Null when the week's audience is smaller than the minimum group size. */
  reach: ReachFigure | null;
}

export interface ChangelogUnseen {
  count: number;
  lastSeenAt?: string;
}

/** One platform tool's figures on the Insights tab. */
export interface ToolInsight {
  toolRef: string;
  title: string;
  /** Declared adoption: teams whose entities depend on the tool in the catalog. */
  adoption: Pick<ToolAdoption, 'adoptingTeams' | 'eligibleTeams' | 'rate'>;
  /** Active adoption: teams the tool reported use by in the last `activeDays` days. */
  activeAdoption: ActiveAdoption;
  /** Where declared and active adoption disagree, team by team. */
  gap: AdoptionGap;
  /** Why the tool is mandated (people must use it), or null when it is a choice. */
  mandated: ToolMandate | null;
  /** Both null while the ratings are too few to show (as `RatingSummary.count`). */
  rating: { count: number | null; average: number | null };
  /** The latest survey about this tool with enough answers to show. */
  nps?: {
    surveyId: number;
    title: string;
    nps: number | null;
    responses: number;
  };
  openFeedback: number;
  /** Active roadmap items in the Now lane linked to the tool. */
  roadmapNow: number;
  lastChangelogAt?: string;
  /** At least the minimum group size rated it: its satisfaction can be judged. */
  enoughRatings: boolean;
  /** High active adoption and low satisfaction: people may use it because they must. */
  captive: boolean;
}

/** Teams that used a tool in the last `activeDays` days, of the eligible teams. */
export interface ActiveAdoption {
  activeTeams: number;
  eligibleTeams: number;
  /** activeTeams / eligibleTeams, between 0 and 1 (0 when there are no eligible teams). */
  rate: number;
}

/** Teams (refs, sorted) where declared and active adoption of a tool disagree. */
export interface AdoptionGap {
  /** Declared in the catalog, no use in the last `activeDays` days: shelfware risk. */
  declaredInactive: string[];
  /** Used in the last `activeDays` days, not declared in the catalog: catalog drift. */
  activeUndeclared: string[];
}

/**
 * A tool people must use: listed in `platformProduct.tools.mandated` (`config`) or marked by a
 * maintainer (`maintainer`, with who and when). Its adoption is not a sign of choice.
 */
export type ToolMandate =
  | { source: 'config' }
  | { source: 'maintainer'; by: string; at: string };

export interface ToolInsights {
  minGroupSize: number;
  /** A team is active on a tool with use in this many days (`platformProduct.usage.activeDays`). */
  activeDays: number;
  /** Where the chart's quadrants split: adoption rate and average rating. */
  thresholds: { adoption: number; rating: number };
  tools: ToolInsight[];
}

/** A tool's adoption and satisfaction on one day, from the daily snapshot. */
export interface ToolSnapshot {
  day: string;
  toolRef: string;
  adoptionRate: number;
  adoptingTeams: number;
  /**
   * Active adoption that day (teams with use in the `activeDays` days up to it); null on days
   * recorded before active adoption was.
   */
  activeRate: number | null;
  activeTeams: number | null;
  /**
   * Both null when the day's ratings were too few to show (as `RatingSummary.count`), and on
   * days recorded before the snapshots counted anonymous ratings.
   */
  ratingCount: number | null;
  ratingAverage: number | null;
}

export interface ProgramHealth {
  coverage: { eligibleTeams: number; coveredTeams: number; coverage: number };
  feedbackResponse: {
    /** Median hours from a feedback item to the first maintainer reply or status change. */
    medianHoursToFirstResponse: number | null;
    responded: number;
    /** Median hours from a feedback item to shipped or declined. */
    medianHoursToFinalStatus: number | null;
    finalized: number;
  };
  roadmapByQuarter: { quarter: string; shipped: number; killed: number }[];
  changelogByWeek: { week: string; entries: number; helpful: number }[];
}

/** One team's view: what it adopts, how its people rate it, its champions and feedback. */
export interface TeamInsight {
  teamRef: string;
  title: string;
  members: number;
  minGroupSize: number;
  tools: {
    toolRef: string;
    title: string;
    /**
     * Ratings by the team's people (each person counted for one team only); null when hidden:
     * too few, or showing it would let a small group be computed by subtraction.
     */
    ratingCount: number | null;
    /** Only when `ratingCount` is shown. */
    averageRating?: number;
  }[];
  champions: Champion[];
  /** Open items its members sent under their name (anonymous ones are never attributed). */
  openFeedback: Pick<FeedbackItem, 'id' | 'title' | 'toolRef' | 'status'>[];
}

/** A usage event that was not recorded, and why. */
export interface UsageRejection {
  /** Position of the event in the batch, from 0. */
  index: number;
  /** The event's `id`, when it had a valid one. */
  id?: string;
  /** The field at fault, e.g. `occurredAt` or `user`. */
  field: string;
  /** What is wrong with it, e.g. `must not be in the future`. */
  message: string;
}

/** Answer to a batch of usage events: how many were recorded, seen before, or rejected. */
export interface UsageIngestResult {
  /** Events recorded now. */
  accepted: number;
  /** Events recorded before (same tool and id): nothing changed for them. */
  duplicates: number;
  /** The events not recorded, in batch order. */
  rejected: UsageRejection[];
}

/** A changelog entry in a digest, with a short excerpt (its before/after, else its first lines). */
export interface DigestChange {
  entryId: number;
  title: string;
  /** The tools of the entry that the person's teams use, by title. */
  toolTitles: string[];
  excerpt: { before?: string; after?: string; text?: string };
}

/** A roadmap item the person voted for that moved lane, shipped or was killed. */
export interface DigestRoadmapChange {
  itemId: number;
  title: string;
  kind: 'moved' | 'shipped' | 'killed';
  /** For moves: the lane it left and the lane it is in now. */
  fromLane?: RoadmapLane;
  toLane?: RoadmapLane;
}

/** An open survey that asks the person. */
export interface DigestSurvey {
  surveyId: number;
  title: string;
  closesAt: string;
}

/** A new champion of one of the person's teams. */
export interface DigestChampion {
  userRef: string;
  teamRef: string;
  teamTitle: string;
}

/**
 * One person's weekly digest. It names no author and holds no count: nothing in it could
 * identify who gave an anonymous answer or fall under the minimum group size.
 */
export interface Digest {
  userRef: string;
  /** The week's key: the local date (YYYY-MM-DD) of the scheduled send. */
  week: string;
  /** The period covered: the seven days before the scheduled send. */
  from: string;
  to: string;
  changes: DigestChange[];
  roadmap: DigestRoadmapChange[];
  /**
   * Open surveys that ask the person. In the digest sent, only those they have not answered;
   * in a maintainer's preview, all of them (whether a person answered is never shown).
   */
  surveys: DigestSurvey[];
  champions: DigestChampion[];
}

/** The caller's own digest preference. */
export interface DigestSettings {
  /** Whether the weekly digest is sent to the caller (default true). */
  enabled: boolean;
}

/** A quote of a research note, addressable by its id (e.g. as roadmap evidence). */
export interface ResearchQuote {
  id: number;
  text: string;
}

/** A research note: an interview, a shadowing session, office hours, a demo day, … */
export interface ResearchNote {
  id: number;
  kind: ResearchNoteKind;
  title: string;
  /** When the research took place (ISO date-time). */
  date: string;
  teamRefs: string[];
  toolRefs: string[];
  /** Whether the person interviewed agreed to be named; otherwise only their team is known. */
  agreedToBeNamed: boolean;
  intervieweeRef?: string;
  frictionPoints: string[];
  toolsUsed: string[];
  contextSwitches?: number;
  minutesWaiting?: number;
  /** Quotes ("I wish …"), in the note's order. */
  quotes: ResearchQuote[];
  painPoints: string[];
  surprises: string[];
  assumptions: { text: string; result: 'validated' | 'contradicted' }[];
  actions: string[];
  /** Markdown. */
  body: string;
  authorRef: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** A research note in a list: without its body and structured fields. */
export type ResearchNoteSummary = Pick<
  ResearchNote,
  'id' | 'kind' | 'title' | 'date' | 'teamRefs' | 'toolRefs' | 'authorRef'
> & { quoteCount: number };

/**
 * A research note or quote linked to a roadmap item, as the item's evidence shows it: the
 * note's title and the quote's text only for readers of research
 * (`platform-product.research.read`).
 */
export interface ResearchEvidence extends EvidenceLink {
  research?: {
    noteId: number;
    kind: ResearchNoteKind;
    title: string;
    quote?: string;
    teamRefs: string[];
  };
}

/**
 * A page of a list that is read to its end by following `nextCursor`, without a count: the open
 * surveys that ask the caller, the search documents of the collators.
 */
export interface CursorPage<T> {
  items: T[];
  nextCursor?: string;
}

/** A public changelog entry as a search document. */
export interface ChangelogSearchDocument {
  title: string;
  text: string;
  /** The entry's page in the app. */
  location: string;
  category: ChangelogCategory;
  toolRefs: string[];
  publishedAt?: string;
}

/** A research note as a search document: its body and quotes as the text. */
export interface ResearchSearchDocument {
  title: string;
  text: string;
  /** The note's page in the app. */
  location: string;
  kind: ResearchNoteKind;
  date: string;
}
