import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { RatingsStore } from '../database/RatingsStore';

/**
 * Once a day, through the scheduler (one replica at a time): recounts the maintained rating
 * tallies from the ratings and corrects any drift, saying so in the log (drift means a bug or
 * a hand edit of the database).
 */
export async function scheduleRatingTallyRepair(options: {
  scheduler: SchedulerService;
  logger: LoggerService;
  store: RatingsStore;
}) {
  const { scheduler, logger, store } = options;
  await scheduler.scheduleTask({
    id: 'platform-product-rating-tally-repair',
    frequency: { hours: 24 },
    timeout: { minutes: 10 },
    initialDelay: { minutes: 5 },
    fn: async () => {
      const fixed = await store.repairTallies();
      if (fixed) {
        logger.warn(`Corrected ${fixed} drifted rating tallies`);
      }
    },
  });
}
