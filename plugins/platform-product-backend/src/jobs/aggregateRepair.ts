import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';

/** A maintained aggregate that can recount itself; returns how many entries it corrected. */
export interface Repairable {
  name: string;
  repair(): Promise<number>;
}

/**
 * Once a day, through the scheduler (one replica at a time): recounts the maintained
 * aggregates (rating and survey tallies, feedback and roadmap lane counts, response times and
 * items ended per quarter) from their rows and corrects any drift, saying
 * so in the log — drift means a bug or a hand edit of the database.
 */
export async function scheduleAggregateRepair(options: {
  scheduler: SchedulerService;
  logger: LoggerService;
  aggregates: Repairable[];
}) {
  const { scheduler, logger, aggregates } = options;
  await scheduler.scheduleTask({
    id: 'platform-product-aggregate-repair',
    frequency: { hours: 24 },
    timeout: { minutes: 10 },
    initialDelay: { minutes: 5 },
    fn: async () => {
      for (const aggregate of aggregates) {
        const fixed = await aggregate.repair();
        if (fixed) {
          logger.warn(`Corrected ${fixed} drifted ${aggregate.name}`);
        }
      }
    },
  });
}
