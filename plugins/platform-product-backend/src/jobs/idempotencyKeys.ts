import { SchedulerService } from '@backstage/backend-plugin-api';
import { IdempotencyStore } from '../database/IdempotencyStore';

/** How long a client may retry a create with the same `Idempotency-Key`. */
export const IDEMPOTENCY_KEY_DAYS = 7;

/**
 * Daily, through the scheduler (one replica at a time): forgets idempotency keys older than a
 * week. A retry after that creates anew, as a request with a fresh key would.
 */
export async function scheduleIdempotencyKeyCleanup(options: {
  scheduler: SchedulerService;
  idempotencyKeys: IdempotencyStore;
}) {
  await options.scheduler.scheduleTask({
    id: 'platform-product-idempotency-key-cleanup',
    frequency: { hours: 24 },
    timeout: { minutes: 5 },
    initialDelay: { minutes: 5 },
    fn: async () => {
      const day = 24 * 60 * 60 * 1000;
      await options.idempotencyKeys.deleteOlderThan(
        new Date(Date.now() - IDEMPOTENCY_KEY_DAYS * day),
      );
    },
  });
}
