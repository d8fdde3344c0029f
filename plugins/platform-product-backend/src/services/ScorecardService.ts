import {
  Scorecard,
  ScorecardKpi,
  ScorecardKpiId,
  SCORECARD_KPIS,
} from 'backstage-plugin-platform-product-common';
import { CatalogDirectory } from '../catalog/CatalogDirectory';
import { InsightsStore } from '../database/InsightsStore';
import { ChampionsService } from './ChampionsService';
import { publishedRatings } from './InsightsService';
import { SurveysService } from './SurveysService';
import { dayOf, UsageService } from './UsageService';

const DAY = 24 * 60 * 60 * 1000;

/** Targets of the KPIs, from `platformProduct.scorecard.targets`. */
export interface ScorecardTargets {
  declaredAdoption: number;
  activeAdoption: number;
  satisfaction: number;
  nps: number;
  championCoverage: number;
  firstResponseHours: number;
  timeToFirstDeployDays: number;
}

/** A KPI's value today and what it is over; `value` null when there is nothing to show. */
interface Measure {
  value: number | null;
  basis: number;
}

type Definition = Pick<ScorecardKpi, 'unit' | 'indicator' | 'comparison'> & {
  target: keyof ScorecardTargets;
};

/** What each KPI is: its unit, whether it leads or lags, and which way is on track. */
const DEFINITIONS: Record<ScorecardKpiId, Definition> = {
  declaredAdoption: {
    unit: 'ratio',
    indicator: 'lagging',
    comparison: 'atLeast',
    target: 'declaredAdoption',
  },
  activeAdoption: {
    unit: 'ratio',
    indicator: 'leading',
    comparison: 'atLeast',
    target: 'activeAdoption',
  },
  satisfaction: {
    unit: 'stars',
    indicator: 'lagging',
    comparison: 'above',
    target: 'satisfaction',
  },
  nps: {
    unit: 'nps',
    indicator: 'lagging',
    comparison: 'above',
    target: 'nps',
  },
  championCoverage: {
    unit: 'ratio',
    indicator: 'leading',
    comparison: 'atLeast',
    target: 'championCoverage',
  },
  firstResponse: {
    unit: 'hours',
    indicator: 'leading',
    comparison: 'atMost',
    target: 'firstResponseHours',
  },
  timeToFirstDeploy: {
    unit: 'days',
    indicator: 'leading',
    comparison: 'atMost',
    target: 'timeToFirstDeployDays',
  },
};

/**
 * The platform KPI scorecard: org-wide figures only, each from a maintained aggregate (rating
 * and response-time tallies, champion counts, survey tallies, the per-team usage rollup) and one
 * batched catalog read, so its cost does not grow with history. The catalog is read with the
 * plugin's own credentials: the scorecard shows counts of the company's teams, never an entity.
 * A daily snapshot of every value gives the trends.
 */
export class ScorecardService {
  constructor(
    private readonly options: {
      store: InsightsStore;
      usage: UsageService;
      surveys: SurveysService;
      champions: ChampionsService;
      directory: CatalogDirectory;
      targets: ScorecardTargets;
      minGroupSize: number;
      activeDays: number;
      newTeamDays: number;
      trendDays: number;
      now?: () => Date;
    },
  ) {}

  async scorecard(): Promise<Scorecard> {
    const { store, targets, trendDays } = this.options;
    const since = dayOf(new Date(this.now().getTime() - trendDays * DAY));
    const [measures, history] = await Promise.all([
      this.measure(),
      store.scorecardHistory(since),
    ]);
    return {
      trendDays,
      kpis: SCORECARD_KPIS.map(id => {
        const { target, ...definition } = DEFINITIONS[id];
        const { value, basis } = measures[id];
        return {
          id,
          ...definition,
          target: targets[target],
          value,
          basis,
          status: statusOf(value, definition.comparison, targets[target]),
          trend: history
            .filter(h => h.kpi === id)
            .map(({ day, value: v }) => ({ day, value: v })),
        };
      }),
    };
  }

  /** Records today's value of every KPI that has one, replacing today's earlier snapshot. */
  async snapshot(): Promise<void> {
    const measures = await this.measure();
    const values = new Map<string, number>();
    for (const id of SCORECARD_KPIS) {
      const { value } = measures[id];
      if (value !== null) values.set(id, value);
    }
    await this.options.store.snapshotScorecard(dayOf(this.now()), values);
  }

  private async measure(): Promise<Record<ScorecardKpiId, Measure>> {
    const { directory, store, surveys, champions, usage } = this.options;
    const credentials = await directory.pluginCredentials();
    const [teams, adoption, activity, ratings, npsTrend, coverage, times] =
      await Promise.all([
        directory.listTeams(credentials),
        directory.getAdoption(credentials),
        usage.teamActivity({
          activeDays: this.options.activeDays,
          newDays: this.options.newTeamDays,
        }),
        store.ratingsByTool(),
        surveys.trend(),
        champions.coverage(credentials),
        store.feedbackResponseTimes(),
      ]);
    const eligible = new Set(teams.map(team => team.ref));
    const share = (teamRefs: Iterable<string>) => {
      const counted = new Set([...teamRefs].filter(ref => eligible.has(ref)));
      return {
        value: eligible.size ? counted.size / eligible.size : null,
        basis: eligible.size,
      };
    };
    const satisfaction = satisfactionOf(
      publishedRatings(ratings, this.options.minGroupSize),
    );
    const latestNps = npsTrend
      .filter(point => typeof point.score?.nps === 'number')
      .pop();
    const firstResponse = times.firstResponse;
    return {
      declaredAdoption: share(adoption.flatMap(a => a.teamRefs)),
      activeAdoption: share(activity.activeTeamRefs),
      satisfaction,
      nps: {
        value: latestNps?.score?.nps ?? null,
        basis: latestNps?.score?.responses ?? 0,
      },
      championCoverage: {
        value: coverage.eligibleTeams ? coverage.coverage : null,
        basis: coverage.eligibleTeams,
      },
      firstResponse: {
        value:
          firstResponse.median === null ? null : firstResponse.median / 3600,
        basis: firstResponse.count,
      },
      timeToFirstDeploy: medianDaysToDeploy(activity.newTeams),
    };
  }

  private now() {
    return this.options.now?.() ?? new Date();
  }
}

function statusOf(
  value: number | null,
  comparison: ScorecardKpi['comparison'],
  target: number,
): ScorecardKpi['status'] {
  if (value === null) return 'noData';
  const met = {
    atLeast: value >= target,
    above: value > target,
    atMost: value <= target,
  }[comparison];
  return met ? 'onTrack' : 'offTrack';
}

/**
 * Satisfaction over the tools whose rating figures are published (as the Insights tools table
 * shows them): their ratings' average, over their number. Only those tools count, so the KPI is
 * a sum of shown figures and subtracting them from it reveals nothing about a hidden tool.
 */
function satisfactionOf(
  published: Map<string, { count: number; starSum: number }>,
): Measure {
  const figures = [...published.values()];
  const count = figures.reduce((sum, r) => sum + r.count, 0);
  const starSum = figures.reduce((sum, r) => sum + r.starSum, 0);
  return { value: count ? starSum / count : null, basis: count };
}

/** Median whole days from a new team's first use of a tool to its first deploy there. */
function medianDaysToDeploy(
  newTeams: { firstDay: string; firstDeployDay: string | null }[],
): Measure {
  const days = newTeams
    .flatMap(({ firstDay, firstDeployDay }) =>
      firstDeployDay
        ? [(Date.parse(firstDeployDay) - Date.parse(firstDay)) / DAY]
        : [],
    )
    .sort((a, b) => a - b);
  if (!days.length) return { value: null, basis: 0 };
  const middle = Math.floor(days.length / 2);
  const value =
    days.length % 2 ? days[middle] : (days[middle - 1] + days[middle]) / 2;
  return { value, basis: days.length };
}
