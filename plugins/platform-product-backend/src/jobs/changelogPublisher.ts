import { SchedulerService } from '@backstage/backend-plugin-api';
import { ChangelogService } from '../services/ChangelogService';

/**
 * Every minute, through the scheduler (one replica at a time): publishes scheduled changelog
 * entries that are due, retries notifications that could not be sent and sends the roadmap
 * loop's notices whose changelog entry was published meanwhile.
 */
export async function scheduleChangelogPublisher(options: {
  scheduler: SchedulerService;
  changelog: ChangelogService;
}) {
  await options.scheduler.scheduleTask({
    id: 'platform-product-changelog-publisher',
    frequency: { minutes: 1 },
    timeout: { minutes: 5 },
    initialDelay: { seconds: 20 },
    fn: () => options.changelog.runScheduled(),
  });
}
