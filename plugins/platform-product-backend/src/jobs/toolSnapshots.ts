import { AuthService, SchedulerService } from '@backstage/backend-plugin-api';
import { InsightsService } from '../services/InsightsService';
import { ScorecardService } from '../services/ScorecardService';

/**
 * Keeps a daily snapshot of every tool's adoption and satisfaction, and of the scorecard's
 * KPIs, for the trend charts. Runs hourly through the scheduler (one replica at a time); (tool,
 * day) is the primary key, so a tool's day is recorded once; each run replaces today's KPI
 * values, so today's point reflects today's figures.
 */
export async function scheduleToolSnapshots(options: {
  scheduler: SchedulerService;
  auth: AuthService;
  insights: InsightsService;
  scorecard: ScorecardService;
}) {
  await options.scheduler.scheduleTask({
    id: 'platform-product-tool-snapshot',
    frequency: { hours: 1 },
    timeout: { minutes: 5 },
    initialDelay: { seconds: 45 },
    fn: async () => {
      await options.insights.snapshot(
        await options.auth.getOwnServiceCredentials(),
      );
      await options.scorecard.snapshot();
    },
  });
}
