import { AuthService, SchedulerService } from '@backstage/backend-plugin-api';
import { InsightsService } from './InsightsService';

/**
 * Keeps a daily snapshot of every tool's adoption and satisfaction, for the trend charts. Runs
 * hourly through the scheduler (one replica at a time); (tool, day) is the primary key, so a
 * day is recorded once.
 */
export async function scheduleToolSnapshots(options: {
  scheduler: SchedulerService;
  auth: AuthService;
  insights: InsightsService;
}) {
  await options.scheduler.scheduleTask({
    id: 'platform-product-tool-snapshot',
    frequency: { hours: 1 },
    timeout: { minutes: 5 },
    initialDelay: { seconds: 45 },
    fn: async () =>
      options.insights.snapshot(await options.auth.getOwnServiceCredentials()),
  });
}
