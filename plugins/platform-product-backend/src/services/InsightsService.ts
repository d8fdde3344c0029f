import {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  MeasuredOutcome,
  ProgramHealth,
  SurveyTrendPoint,
  TeamInsight,
  ToolAdoption,
  ToolInsight,
  ToolInsights,
  ToolMandate,
  ToolSnapshot,
} from 'backstage-plugin-platform-product-common';
import { CatalogDirectory } from '../catalog/CatalogDirectory';
import {
  InsightsStore,
  RatingFigures,
  StoredToolSnapshot,
} from '../database/InsightsStore';
import { isPublishable, ratingGroup, visibleSlices } from '../lib/anonymity';
import { ChampionsService } from './ChampionsService';
import { publishedNps, SurveysService } from './SurveysService';

const DAY = 24 * 60 * 60 * 1000;
/** Active adoption at or above this rate, with an average rating below 3, is a captive audience. */
const THRESHOLDS = { adoption: 0.5, rating: 3 };
const CHANGELOG_WEEKS = 12;

/**
 * Insights: adoption × satisfaction per tool, trends, program health and per-team views. Each
 * figure is one SQL aggregate, joined in memory with one batched catalog read.
 */
export class InsightsService {
  constructor(
    private readonly options: {
      store: InsightsStore;
      surveys: SurveysService;
      champions: ChampionsService;
      directory: CatalogDirectory;
      /** Which teams are active on each tool (the usage area's service). */
      usage: { activeTeams(): Promise<Map<string, string[]>> };
      /** `platformProduct.usage.activeDays`. */
      activeDays: number;
      /** Tools mandated by `platformProduct.tools.mandated`. */
      mandated: string[];
      minGroupSize: number;
      now?: () => Date;
    },
  ) {}

  async tools(credentials: BackstageCredentials): Promise<ToolInsights> {
    const { store, minGroupSize, activeDays } = this.options;
    const [adoption, ratings, feedback, roadmapNow, changelog, nps, mandates] =
      await Promise.all([
        this.adoption(credentials),
        store.ratingsByTool(),
        store.openFeedbackByTool(),
        store.roadmapNowByTool(),
        store.lastChangelogByTool(this.now()),
        this.latestToolNps(),
        this.mandates(),
      ]);
    const published = publishedRatings(ratings, minGroupSize);
    return {
      minGroupSize,
      activeDays,
      thresholds: THRESHOLDS,
      tools: adoption.map(({ tool, ...figures }) => {
        const rating = published.get(tool.ref);
        const enoughRatings = rating !== undefined;
        return {
          toolRef: tool.ref,
          title: tool.title,
          ...figures,
          mandated: mandates.get(tool.ref) ?? null,
          rating: {
            count: rating?.count ?? null,
            average: rating?.average ?? null,
          },
          nps: nps.get(tool.ref),
          openFeedback: feedback.get(tool.ref) ?? 0,
          roadmapNow: roadmapNow.get(tool.ref) ?? 0,
          lastChangelogAt: changelog.get(tool.ref),
          enoughRatings,
          captive:
            enoughRatings &&
            figures.activeAdoption.rate >= THRESHOLDS.adoption &&
            rating.average < THRESHOLDS.rating,
        };
      }),
    };
  }

  async trends(
    toolRef: string | undefined,
    days: number,
  ): Promise<ToolSnapshot[]> {
    const since = new Date(this.now().getTime() - days * DAY);
    const snapshots = await this.options.store.toolSnapshots(
      dayOf(since),
      toolRef,
    );
    return snapshots.map(snapshot => this.published(snapshot));
  }

  /**
   * The measured outcome of a shipped item: per tool, active adoption and satisfaction on the
   * latest snapshot at or before the ship day, and on the latest one now.
   */
  async measuredOutcome(
    toolRefs: string[],
    shippedAt: Date,
  ): Promise<MeasuredOutcome> {
    const { store } = this.options;
    const [before, after] = await Promise.all([
      store.latestSnapshots(toolRefs, dayOf(shippedAt)),
      store.latestSnapshots(toolRefs),
    ]);
    const figures = (snapshot: ToolSnapshot | undefined) => {
      if (!snapshot) return null;
      const { day, activeRate, activeTeams, ratingAverage, ratingCount } =
        this.published(snapshot);
      return { day, activeRate, activeTeams, ratingAverage, ratingCount };
    };
    return {
      shippedAt: shippedAt.toISOString(),
      tools: toolRefs.map(toolRef => ({
        toolRef,
        before: figures(before.get(toolRef)),
        after: figures(after.get(toolRef)),
      })),
    };
  }

  /**
   * A snapshot as others may see it: its ratings only when publishable (at least the minimum
   * group size, and the anonymous ones none or at least as many). Days recorded before the
   * anonymous ratings were counted do not say how many were: their ratings are not shown.
   */
  private published({
    ratingAnonymous,
    ...snapshot
  }: StoredToolSnapshot): ToolSnapshot {
    const shown =
      ratingAnonymous !== undefined &&
      isPublishable(
        { total: snapshot.ratingCount ?? 0, anonymous: ratingAnonymous },
        this.options.minGroupSize,
      );
    return {
      ...snapshot,
      ratingCount: shown ? snapshot.ratingCount : null,
      ratingAverage: shown ? snapshot.ratingAverage : null,
    };
  }

  /** NPS of the platform-wide surveys, oldest first. */
  async npsTrend(): Promise<SurveyTrendPoint[]> {
    return this.options.surveys.trend();
  }

  async health(credentials: BackstageCredentials): Promise<ProgramHealth> {
    const { store, champions } = this.options;
    const since = new Date(this.now().getTime() - CHANGELOG_WEEKS * 7 * DAY);
    const [coverage, times, roadmapByQuarter, changelogByWeek] =
      await Promise.all([
        champions.coverage(credentials),
        store.feedbackResponseTimes(),
        store.roadmapByQuarter(),
        store.changelogByWeek(since, this.now()),
      ]);
    const hours = (seconds: number | null) =>
      seconds === null ? null : Math.round((seconds / 3600) * 10) / 10;
    return {
      coverage: {
        eligibleTeams: coverage.eligibleTeams,
        coveredTeams: coverage.coveredTeams,
        coverage: coverage.coverage,
      },
      feedbackResponse: {
        medianHoursToFirstResponse: hours(times.firstResponse.median),
        responded: times.firstResponse.count,
        medianHoursToFinalStatus: hours(times.finalStatus.median),
        finalized: times.finalStatus.count,
      },
      roadmapByQuarter,
      changelogByWeek,
    };
  }

  /**
   * One team: the tools it adopts with its people's ratings (each rating counts for one team
   * only; a team's figure is shown only when it and what the shown figures leave hidden are
   * large enough), its champions, its open feedback sent under a name.
   */
  async team(
    teamRef: string,
    credentials: BackstageCredentials,
  ): Promise<TeamInsight> {
    const { directory, store, minGroupSize } = this.options;
    const [teams, tools, adoption] = await Promise.all([
      directory.listTeams(credentials),
      directory.listTools(credentials),
      directory.getAdoption(credentials),
    ]);
    const team = teams.find(t => t.ref === teamRef);
    if (!team) {
      throw new NotFoundError(`${teamRef} is not a team`);
    }
    const adopted = tools.filter(tool =>
      adoption.some(
        a => a.toolRef === tool.ref && a.teamRefs.includes(teamRef),
      ),
    );
    const [ratings, champions, openFeedback] = await Promise.all([
      store.ratingsByTeam(adopted.map(tool => tool.ref)),
      this.options.champions.activeChampionsOf(teamRef),
      team.memberRefs.length ? store.openFeedbackBy(team.memberRefs) : [],
    ]);
    return {
      teamRef,
      title: team.title,
      members: team.memberRefs.length,
      minGroupSize,
      tools: adopted.map(tool => {
        const slices = ratings.filter(r => r.toolRef === tool.ref);
        const mine = slices.find(r => r.teamRef === teamRef);
        const shown =
          mine &&
          visibleSlices(
            new Map(slices.map(r => [r.teamRef, ratingGroup(r)])),
            ratingGroup({
              count: slices.reduce((sum, r) => sum + r.count, 0),
              anonymous: slices.reduce((sum, r) => sum + r.anonymous, 0),
            }),
            minGroupSize,
          ).has(teamRef);
        return {
          toolRef: tool.ref,
          title: tool.title,
          ratingCount: shown ? mine.count : null,
          averageRating: shown ? mine.average : undefined,
        };
      }),
      champions,
      openFeedback,
    };
  }

  /**
   * Records today's declared and active adoption and satisfaction of every tool; each run
   * replaces today's figures, so that today's point reflects today.
   */
  async snapshot(credentials: BackstageCredentials): Promise<void> {
    const { store } = this.options;
    const [adoption, ratings] = await Promise.all([
      this.adoption(credentials),
      store.ratingsByTool(),
    ]);
    const day = dayOf(this.now());
    await store.snapshotTools(
      adoption.map(({ tool, adoption: declared, activeAdoption }) => {
        const rating = ratings.get(tool.ref);
        return {
          day,
          toolRef: tool.ref,
          adoptingTeams: declared.adoptingTeams,
          adoptionRate: declared.rate,
          activeTeams: activeAdoption.activeTeams,
          activeRate: activeAdoption.rate,
          ratingCount: rating?.count ?? 0,
          ratingAverage: rating?.average ?? null,
          ratingAnonymous: rating?.anonymous ?? 0,
        };
      }),
      adoption[0]?.adoption.eligibleTeams ?? 0,
    );
  }

  /**
   * Marks a platform tool mandated by a maintainer, or not. A tool mandated by configuration
   * stays mandated (409): the configuration says so.
   */
  async setMandated(
    toolRef: string,
    mandated: boolean,
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<ToolMandate | null> {
    if (!(await this.options.directory.getTool(toolRef, credentials))) {
      throw new NotFoundError(`${toolRef} is not a platform tool`);
    }
    if (this.options.mandated.includes(toolRef)) {
      throw new ConflictError(
        `${toolRef} is mandated by platformProduct.tools.mandated; change the configuration instead`,
      );
    }
    await this.options.store.setMandated(
      toolRef,
      mandated
        ? { by: credentials.principal.userEntityRef, at: this.now() }
        : null,
    );
    return (await this.mandates()).get(toolRef) ?? null;
  }

  /**
   * Declared and active adoption of every tool, and the teams where they differ: the catalog's
   * adoption (one cached batch) and the teams with use in the last `activeDays` days (one read
   * of the usage rollup), among the eligible teams.
   */
  private async adoption(credentials: BackstageCredentials) {
    const { directory, usage } = this.options;
    const [tools, teams, declared, active] = await Promise.all([
      directory.listTools(credentials),
      directory.listTeams(credentials),
      directory.getAdoption(credentials),
      usage.activeTeams(),
    ]);
    const eligible = new Set(teams.map(team => team.ref));
    const byTool = new Map(declared.map(a => [a.toolRef, a]));
    return tools.map(tool => ({
      tool,
      ...adoptionFigures(
        byTool.get(tool.ref),
        (active.get(tool.ref) ?? []).filter(ref => eligible.has(ref)),
        eligible.size,
      ),
    }));
  }

  /** Mandated tools: by configuration, then as marked by maintainers. */
  private async mandates(): Promise<Map<string, ToolMandate>> {
    const marked = await this.options.store.mandatedTools();
    const mandates = new Map<string, ToolMandate>(
      [...marked].map(([ref, mark]) => [
        ref,
        { source: 'maintainer', ...mark },
      ]),
    );
    for (const ref of this.options.mandated) {
      mandates.set(ref, { source: 'config' });
    }
    return mandates;
  }

  /** The latest survey with answers about each tool, from one grouped query. */
  private async latestToolNps() {
    const rows = await this.options.surveys.countPerToolSurvey(this.now());
    const latest = new Map<
      string,
      { surveyId: number; title: string; nps: number | null; responses: number }
    >();
    for (const { survey, ...counts } of rows) {
      const score = publishedNps(counts, this.options.minGroupSize);
      if (survey.toolRef && score) {
        latest.set(survey.toolRef, {
          surveyId: survey.id,
          title: survey.title,
          nps: score.nps,
          responses: score.responses,
        });
      }
    }
    return latest;
  }

  private now() {
    return this.options.now?.() ?? new Date();
  }
}

/** A tool's declared and active adoption and the gap between them, from sorted team refs. */
function adoptionFigures(
  declared: ToolAdoption | undefined,
  activeRefs: string[],
  eligibleTeams: number,
): Pick<ToolInsight, 'adoption' | 'activeAdoption' | 'gap'> {
  const declaredRefs = declared?.teamRefs ?? [];
  const rate = (teams: number) => (eligibleTeams ? teams / eligibleTeams : 0);
  return {
    adoption: {
      adoptingTeams: declaredRefs.length,
      eligibleTeams,
      rate: rate(declaredRefs.length),
    },
    activeAdoption: {
      activeTeams: activeRefs.length,
      eligibleTeams,
      rate: rate(activeRefs.length),
    },
    gap: {
      declaredInactive: declaredRefs.filter(ref => !activeRefs.includes(ref)),
      activeUndeclared: activeRefs.filter(ref => !declaredRefs.includes(ref)),
    },
  };
}

/**
 * The tools whose rating figures may be shown (the Insights tools table, the scorecard's
 * satisfaction, which sums exactly these): at least the minimum group size of ratings, and the
 * anonymous ones none or at least as many. Signed ratings can be read one by one (their
 * comments name the rater), so four signed ratings and one anonymous one would give the
 * anonymous one away by subtraction.
 */
export function publishedRatings(
  ratings: Map<string, RatingFigures>,
  minGroupSize: number,
): Map<string, RatingFigures> {
  return new Map(
    [...ratings].filter(([, rating]) =>
      isPublishable(ratingGroup(rating), minGroupSize),
    ),
  );
}

function dayOf(date: Date) {
  return date.toISOString().slice(0, 10);
}
