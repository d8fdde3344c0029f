import { AuthService, SchedulerService } from '@backstage/backend-plugin-api';
import { ChampionsService } from '../services/ChampionsService';

/**
 * Keeps a daily snapshot of champion coverage, for the chart. Runs hourly through the scheduler
 * (one replica at a time); the snapshot's primary key is the day, and each run replaces today's
 * row, so today's point reflects today's coverage (e.g. champions approved after the first run).
 */
export async function scheduleCoverageSnapshots(options: {
  scheduler: SchedulerService;
  auth: AuthService;
  champions: ChampionsService;
}) {
  await options.scheduler.scheduleTask({
    id: 'platform-product-coverage-snapshot',
    frequency: { hours: 1 },
    timeout: { minutes: 5 },
    initialDelay: { seconds: 30 },
    fn: async () => {
      const credentials = await options.auth.getOwnServiceCredentials();
      await options.champions.snapshotCoverage(credentials);
    },
  });
}
