import { SchedulerService } from '@backstage/backend-plugin-api';
import { DigestService } from '../services/DigestService';

/**
 * Every 10 minutes, through the scheduler (one replica at a time): once the week's send time
 * (`platformProduct.digest`) has passed, sends the digests the week still owes, a bounded
 * number per run. Whichever replica runs, a person's row for the week makes the send happen once.
 */
export async function scheduleDigests(options: {
  scheduler: SchedulerService;
  digests: DigestService;
}) {
  await options.scheduler.scheduleTask({
    id: 'platform-product-weekly-digest',
    frequency: { minutes: 10 },
    timeout: { minutes: 10 },
    initialDelay: { minutes: 1 },
    fn: async () => {
      await options.digests.runDue();
    },
  });
}
