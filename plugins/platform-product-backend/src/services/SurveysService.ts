import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import {
  NpsScore,
  Page,
  Survey,
  SurveyComment,
  SurveyDepartmentResult,
  SurveyPrompt,
  SurveyResults,
  SurveyState,
  SurveyTeamResult,
  SurveyTrendPoint,
  Viewer,
} from 'backstage-plugin-platform-product-common';
import { CatalogDirectory, TeamRecord } from '../catalog/CatalogDirectory';
import {
  NpsCounts,
  StoredAnswer,
  StoredSurvey,
  SurveyFields,
  SurveysStore,
} from '../database/SurveysStore';
import { CreateOnce, plainly } from '../database/IdempotencyStore';
import { KeysetPage } from '../database/keyset';
import {
  isPublishable,
  raterKey,
  sliceTeamOf,
  visibleSlicesAndRollUps,
} from '../lib/anonymity';
import { toCsv } from '../lib/csv';
import { DomainEvents } from '../lib/DomainEvents';
import { LiveUpdates } from '../lib/LiveUpdates';
import { UserCredentials } from '../lib/credentials';
import type { CommentAsEvidence } from './EvidenceService';

const TREND_LENGTH = 12;
/** A digest lists at most this many open surveys. */
const DIGEST_SURVEYS = 20;

/** NPS = % promoters − % detractors, rounded; null without answers. */
export function npsOf(counts: NpsCounts): NpsScore {
  const { responses, promoters, passives, detractors } = counts;
  return {
    responses,
    promoters,
    passives,
    detractors,
    nps: responses
      ? Math.round(((promoters - detractors) / responses) * 100)
      : null,
  };
}

/** The answers as a group for the minimum group size rules. */
function sizeOf(counts: NpsCounts | undefined) {
  return { total: counts?.responses ?? 0, anonymous: counts?.anonymous ?? 0 };
}

/** The answers of several teams together. */
function sumCounts(counts: (NpsCounts | undefined)[]): NpsCounts {
  const sum = (field: keyof NpsCounts) =>
    counts.reduce((total, c) => total + (c?.[field] ?? 0), 0);
  return {
    responses: sum('responses'),
    promoters: sum('promoters'),
    passives: sum('passives'),
    detractors: sum('detractors'),
    anonymous: sum('anonymous'),
  };
}

/** NPS of a set of answers, or null when they are too few to show (see `isPublishable`). */
export function publishedNps(
  counts: NpsCounts,
  minGroupSize: number,
): NpsScore | null {
  return isPublishable(sizeOf(counts), minGroupSize) ? npsOf(counts) : null;
}

/**
 * NPS survey campaigns: maintainers run them, people in the audience answer once each
 * (anonymously unless they sign), and results respect the minimum group size.
 */
export class SurveysService {
  constructor(
    private readonly options: {
      store: SurveysStore;
      directory: CatalogDirectory;
      secret: string;
      minGroupSize: number;
      events: DomainEvents;
      live: LiveUpdates;
      now?: () => Date;
    },
  ) {}

  async list(page: { limit: number; offset: number }): Promise<Page<Survey>> {
    const result = await this.options.store.list(page);
    return { ...result, items: result.items.map(s => this.present(s)) };
  }

  async create(
    fields: SurveyFields,
    credentials: UserCredentials,
    once: CreateOnce = plainly,
  ): Promise<Survey> {
    await this.validate(fields, credentials);
    const actorRef = credentials.principal.userEntityRef;
    const id = await once(tx =>
      this.options.store.create(fields, actorRef, this.now(), tx),
    );
    await this.options.live.changed('surveys', 'created', id);
    const survey = await this.get(id);
    if (survey.state === 'open') {
      await this.options.events.publish('survey.opened.v1', {
        ...surveyEventFields(survey),
        actorRef,
      });
    }
    return survey;
  }

  async update(
    id: number,
    fields: SurveyFields,
    credentials: BackstageCredentials,
  ): Promise<Survey> {
    const survey = await this.find(id);
    if (this.stateOf(survey) === 'closed') {
      throw new ConflictError(`Survey ${id} is closed and cannot be edited`);
    }
    await this.validate(fields, credentials);
    await this.options.store.update(id, fields, this.now());
    await this.options.live.changed('surveys', 'updated', id);
    return this.get(id);
  }

  async close(id: number, credentials: UserCredentials): Promise<Survey> {
    await this.find(id);
    await this.options.store.close(id, this.now());
    await this.options.live.changed('surveys', 'closed', id);
    const survey = await this.get(id);
    await this.options.events.publish('survey.closed.v1', {
      ...surveyEventFields(survey),
      actorRef: credentials.principal.userEntityRef,
    });
    return survey;
  }

  async get(id: number): Promise<Survey> {
    return this.present(await this.find(id));
  }

  /**
   * Open surveys whose audience includes the caller, each with the caller's answer: of a page
   * of `limit` open surveys, the ones that ask the caller (so a page may hold fewer; follow
   * `nextCursor` while there is one).
   */
  async prompts(
    credentials: UserCredentials,
    filter: { toolRef?: string } & KeysetPage,
  ): Promise<{ items: SurveyPrompt[]; nextCursor?: string }> {
    const viewer = await this.viewerOf(credentials);
    const open = await this.options.store.listOpen(this.now(), filter);
    return {
      items: await this.promptsOf(open.rows, viewer),
      nextCursor: open.nextCursor,
    };
  }

  /** The surveys that ask the viewer, each with the viewer's answer. */
  private async promptsOf(
    surveys: StoredSurvey[],
    viewer: Viewer,
  ): Promise<SurveyPrompt[]> {
    const open = surveys.filter(
      survey => this.teamsAskedOf(survey, viewer.teamRefs).length,
    );
    const answers = await this.options.store.getAnswers(
      open.map(survey => ({
        surveyId: survey.id,
        respondentKey: this.keyOf(survey.id, viewer.userRef),
      })),
    );
    return open.map(survey => ({
      survey: this.present(survey),
      mine: answers.has(survey.id)
        ? presentAnswer(answers.get(survey.id)!)
        : undefined,
    }));
  }

  /**
   * For the weekly digest: per person, the open surveys (of the first DIGEST_SURVEYS, closing
   * soonest first) that ask one of their teams, and, with `unansweredOnly`, that they have not
   * answered yet: one query for the whole page of people.
   */
  async openFor(
    people: Viewer[],
    options: { unansweredOnly: boolean },
  ): Promise<Map<string, Survey[]>> {
    const open = await this.options.store.listOpen(this.now(), {
      limit: DIGEST_SURVEYS,
      offset: 0,
    });
    const asked = people.map(person => ({
      person,
      surveys: open.rows.filter(
        survey => this.teamsAskedOf(survey, person.teamRefs).length,
      ),
    }));
    const pairs = asked.flatMap(({ person, surveys }) =>
      surveys.map(survey => ({
        surveyId: survey.id,
        respondentKey: this.keyOf(survey.id, person.userRef),
      })),
    );
    const answered = options.unansweredOnly
      ? await this.options.store.answeredKeys(pairs)
      : new Set<string>();
    return new Map(
      asked.map(({ person, surveys }) => [
        person.userRef,
        surveys
          .filter(s => !answered.has(this.keyOf(s.id, person.userRef)))
          .map(s => this.present(s)),
      ]),
    );
  }

  /** Sets the caller's answer; 409 unless the survey is open, 403 outside its audience. */
  async answer(
    id: number,
    input: { score: number; reason?: string; anonymous: boolean },
    credentials: UserCredentials,
  ): Promise<SurveyPrompt> {
    const survey = await this.find(id);
    const state = this.stateOf(survey);
    if (state !== 'open') {
      throw new ConflictError(
        state === 'closed'
          ? `Survey ${id} closed on ${survey.closesAt.toISOString()}`
          : `Survey ${id} opens on ${survey.opensAt.toISOString()}`,
      );
    }
    const viewer = await this.viewerOf(credentials);
    const teamRef = sliceTeamOf(this.teamsAskedOf(survey, viewer.teamRefs));
    if (!teamRef) {
      throw new NotAllowedError(`You are not in the audience of survey ${id}`);
    }
    await this.options.store.answer(
      {
        surveyId: id,
        respondentKey: this.keyOf(id, viewer.userRef),
        userRef: input.anonymous ? undefined : viewer.userRef,
        score: input.score,
        reason: input.reason || undefined,
        teamRef,
      },
      this.now(),
    );
    const answered = await this.find(id);
    await this.signalCount(survey, answered);
    const [prompt] = await this.promptsOf([answered], viewer);
    return prompt;
  }

  /**
   * Signals an answer only when it changed the response count that everyone may see: while the
   * count is hidden (see `shownCount`) a signal per answer would count for it (as would one for
   * a changed answer, which leaves the shown count as it was).
   */
  private async signalCount(before: StoredSurvey, after: StoredSurvey) {
    if (this.shownCount(after) !== this.shownCount(before)) {
      await this.options.live.changed('surveys', 'answered', after.id);
    }
  }

  /**
   * The response count as everyone may see it: by the same rules as the results (see
   * `isPublishable`), null while the answers are too few or their anonymous part is (four signed
   * answers and one anonymous one would otherwise give the anonymous score away).
   */
  private shownCount(survey: StoredSurvey): number | null {
    const size = {
      total: survey.responseCount,
      anonymous: survey.anonymousCount,
    };
    return isPublishable(size, this.options.minGroupSize)
      ? survey.responseCount
      : null;
  }

  /**
   * NPS, response rate against the catalog's audience, per-team slices and, per department,
   * its teams not shown on their own combined: each shown only when its answers are enough
   * and hiding the rest could not be undone by subtraction.
   */
  async results(
    id: number,
    credentials: BackstageCredentials,
  ): Promise<SurveyResults> {
    const survey = await this.find(id);
    const [overall, byTeam, allTeams, departments] = await Promise.all([
      this.options.store.countOverall(id),
      this.options.store.countByTeam(id),
      this.options.directory.listTeams(credentials),
      this.options.directory.getDepartmentTitles(credentials),
    ]);
    const teams = this.audienceTeams(survey, allTeams);
    const audience = new Set(teams.flatMap(t => t.memberRefs)).size;
    const { minGroupSize } = this.options;
    const shown = this.visibleOf(overall, byTeam, teams, allTeams);
    const published = publishedNps(overall, minGroupSize);
    return {
      survey: this.present(survey),
      overall: published,
      audience,
      responseRate: published ? rate(overall.responses, audience) : null,
      minGroupSize,
      teams: teams.map((team): SurveyTeamResult => {
        const counts = byTeam.get(team.ref);
        const visible = counts && shown.slices.has(team.ref);
        return {
          teamRef: team.ref,
          title: team.title,
          audience: team.memberRefs.length,
          responses: visible ? counts.responses : null,
          responseRate: visible
            ? rate(counts.responses, team.memberRefs.length)
            : null,
          score: visible ? npsOf(counts) : undefined,
        };
      }),
      departments: rollUpResults(shown.rollUps, byTeam, allTeams, departments),
    };
  }

  /**
   * The teams shown on their own and, per department, the rest combined: every audience team
   * takes part (one without answers adds nothing), so a roll-up covers all its hidden teams.
   */
  private visibleOf(
    overall: NpsCounts,
    byTeam: Map<string, NpsCounts>,
    teams: TeamRecord[],
    allTeams: TeamRecord[],
  ) {
    const sizes = new Map(teams.map(team => [team.ref, sizeOf(undefined)]));
    byTeam.forEach((counts, ref) => sizes.set(ref, sizeOf(counts)));
    const parents = new Map(allTeams.map(team => [team.ref, team.parentRef]));
    return visibleSlicesAndRollUps(
      sizes,
      ref => parents.get(ref),
      sizeOf(overall),
      this.options.minGroupSize,
    );
  }

  /** Throws unless the survey's answers are enough to be read one by one. */
  private async requirePublishable(id: number) {
    const counts = await this.options.store.countOverall(id);
    if (!publishedNps(counts, this.options.minGroupSize)) {
      throw new ConflictError(
        `Survey ${id} has fewer than ${this.options.minGroupSize} answers (or anonymous answers): they are shown from ${this.options.minGroupSize} on`,
      );
    }
  }

  async comments(
    id: number,
    page: KeysetPage,
    readIdentities: boolean,
  ): Promise<Page<SurveyComment>> {
    await this.find(id);
    await this.requirePublishable(id);
    const result = await this.options.store.listComments(id, page);
    return {
      ...result,
      items: result.items.map(answer => ({
        commentId: answer.commentId!,
        score: answer.score,
        reason: answer.reason ?? '',
        respondentRef: readIdentities ? answer.userRef : undefined,
      })),
    };
  }

  /**
   * Answer comments as roadmap evidence: what was said in which survey, never who nor their
   * team (answers are anonymous), so each counts as one anonymous contribution.
   */
  async commentsAsEvidence(
    ids: number[],
  ): Promise<Map<number, CommentAsEvidence>> {
    const found = await this.options.store.commentsByIds(ids);
    return new Map(
      [...found].map(([id, answer]) => [
        id,
        {
          comment: {
            text: answer.reason,
            score: answer.score,
            toolRef: answer.toolRef,
            surveyTitle: answer.surveyTitle,
            anonymous: true,
          },
        },
      ]),
    );
  }

  /** NPS of the latest surveys with the same scope: one tool, or the whole platform. */
  async trend(toolRef?: string): Promise<SurveyTrendPoint[]> {
    const rows = await this.options.store.countPerSurvey(
      this.now(),
      TREND_LENGTH,
      toolRef,
    );
    return rows.map(({ survey, ...counts }) => ({
      surveyId: survey.id,
      title: survey.title,
      closesAt: survey.closesAt.toISOString(),
      score: publishedNps(counts, this.options.minGroupSize),
    }));
  }

  /** NPS counts of every survey about a tool opened by `now`, in closing order (Insights). */
  async countPerToolSurvey(
    now: Date,
  ): Promise<(NpsCounts & { survey: StoredSurvey })[]> {
    return this.options.store.countPerToolSurvey(now);
  }

  /**
   * Results as CSV: `teams` is the summary (overall, then each team; hidden slices stay empty),
   * `answers` every answer without team or time, named only for signed answers and allowed
   * callers.
   */
  async exportCsv(
    id: number,
    part: 'teams' | 'answers',
    credentials: BackstageCredentials,
    readIdentities: boolean,
  ): Promise<string> {
    if (part === 'answers') {
      await this.find(id);
      await this.requirePublishable(id);
      const answers = await this.options.store.listAnswers(id);
      return toCsv([
        ['score', 'category', 'why', 'respondent'],
        ...answers.map(a => [
          a.score,
          categoryOf(a.score),
          a.reason,
          readIdentities ? a.userRef : undefined,
        ]),
      ]);
    }
    const results = await this.results(id, credentials);
    const scoreCells = (score?: NpsScore) =>
      score
        ? [score.promoters, score.passives, score.detractors, score.nps]
        : [undefined, undefined, undefined, undefined];
    return toCsv([
      [
        'team',
        'audience',
        'responses',
        'response_rate',
        'promoters',
        'passives',
        'detractors',
        'nps',
        'note',
      ],
      [
        'All teams',
        results.audience,
        results.overall?.responses,
        results.responseRate?.toFixed(3),
        ...scoreCells(results.overall ?? undefined),
        results.overall ? undefined : hiddenNote(results.minGroupSize),
      ],
      ...results.teams.map(team => [
        team.title,
        team.audience,
        team.responses ?? undefined,
        team.responseRate?.toFixed(3),
        ...scoreCells(team.score),
        team.score ? undefined : hiddenNote(results.minGroupSize),
      ]),
      ...results.departments.map(department => [
        `${department.title}: ${department.teams
          .map(t => t.title)
          .join(' + ')}`,
        department.audience,
        department.score.responses,
        department.responseRate.toFixed(3),
        ...scoreCells(department.score),
        'roll-up of the teams not shown on their own',
      ]),
    ]);
  }

  private async validate(
    fields: SurveyFields,
    credentials: BackstageCredentials,
  ) {
    const { directory } = this.options;
    if (
      fields.toolRef &&
      !(await directory.getTool(fields.toolRef, credentials))
    ) {
      throw new InputError(
        `Invalid body: toolRef: ${fields.toolRef} is not a platform tool`,
      );
    }
    const teams = new Set(
      (await directory.listTeams(credentials)).map(t => t.ref),
    );
    const unknown = fields.teamRefs.filter(ref => !teams.has(ref));
    if (unknown.length) {
      throw new InputError(
        `Invalid body: teamRefs: ${unknown.join(', ')} ${
          unknown.length === 1 ? 'is not a team' : 'are not teams'
        }`,
      );
    }
  }

  /** Who is asking and their teams, read as the plugin: answers may be anonymous. */
  private async viewerOf(credentials: UserCredentials) {
    const { directory } = this.options;
    const userRef = credentials.principal.userEntityRef;
    const teams = await directory.getTeamsOf(
      userRef,
      await directory.pluginCredentials(),
    );
    return { userRef, teamRefs: teams.map(team => team.ref) };
  }

  private async find(id: number): Promise<StoredSurvey> {
    const survey = await this.options.store.get(id);
    if (!survey) {
      throw new NotFoundError(`No survey with id ${id}`);
    }
    return survey;
  }

  /** Of the person's teams, those the survey asks (all of them when it asks every team). */
  private teamsAskedOf(survey: StoredSurvey, teamRefs: string[]) {
    return survey.teamRefs.length
      ? teamRefs.filter(ref => survey.teamRefs.includes(ref))
      : teamRefs;
  }

  private audienceTeams(survey: StoredSurvey, teams: TeamRecord[]) {
    return survey.teamRefs.length
      ? teams.filter(team => survey.teamRefs.includes(team.ref))
      : teams;
  }

  private stateOf(survey: StoredSurvey): SurveyState {
    const now = this.now();
    if (survey.opensAt > now) return 'scheduled';
    return survey.closesAt > now ? 'open' : 'closed';
  }

  private present(stored: StoredSurvey): Survey {
    const { anonymousCount, ...survey } = stored;
    return {
      ...survey,
      opensAt: survey.opensAt.toISOString(),
      closesAt: survey.closesAt.toISOString(),
      state: this.stateOf(stored),
      responseCount: this.shownCount(stored),
      minGroupSize: this.options.minGroupSize,
    };
  }

  private keyOf(surveyId: number, userRef: string) {
    return raterKey(this.options.secret, `survey:${surveyId}`, userRef);
  }

  private now() {
    return this.options.now?.() ?? new Date();
  }
}

function presentAnswer({ userRef, ...answer }: StoredAnswer) {
  return { ...answer, anonymous: !userRef };
}

/** The roll-ups shown, per department: their teams' answers together, by title. */
function rollUpResults(
  rollUps: Map<string, string[]>,
  byTeam: Map<string, NpsCounts>,
  allTeams: TeamRecord[],
  titles: Map<string, string>,
): SurveyDepartmentResult[] {
  const teamByRef = new Map(allTeams.map(team => [team.ref, team]));
  return [...rollUps]
    .map(([ref, teamRefs]) => {
      const audience = new Set(
        teamRefs.flatMap(t => teamByRef.get(t)?.memberRefs ?? []),
      ).size;
      const counts = sumCounts(teamRefs.map(t => byTeam.get(t)));
      return {
        departmentRef: ref,
        title: titles.get(ref) ?? ref,
        teams: teamRefs
          .map(t => ({ teamRef: t, title: teamByRef.get(t)?.title ?? t }))
          .sort(byTitle),
        audience,
        responseRate: rate(counts.responses, audience),
        score: npsOf(counts),
      };
    })
    .sort(byTitle);
}

function byTitle(a: { title: string }, b: { title: string }) {
  return a.title.localeCompare(b.title);
}

function hiddenNote(minGroupSize: number) {
  return `hidden: fewer than ${minGroupSize} answers or derivable from the others`;
}

function categoryOf(score: number) {
  if (score >= 9) return 'promoter';
  return score >= 7 ? 'passive' : 'detractor';
}

function rate(part: number, whole: number) {
  return whole ? Math.min(1, part / whole) : 0;
}

function surveyEventFields(survey: Survey) {
  return {
    surveyId: survey.id,
    title: survey.title,
    question: survey.question,
    toolRef: survey.toolRef,
  };
}
