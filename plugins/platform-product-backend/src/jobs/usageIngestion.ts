import {
  AuditorService,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { EventsService } from '@backstage/plugin-events-node';
import {
  UsageIngestResult,
  usageBatchSchema,
} from 'backstage-plugin-platform-product-common';
import { Request } from 'express';
import { audited } from '../router/audit';
import { UsageService } from '../services/UsageService';

/** The events-service topic other plugins publish usage events to. */
export const USAGE_TOPIC = 'platform-product.usage';

/**
 * Ingests one batch inside one audit event. The event says how many events came and what
 * became of them, and names the sender (the request's actor), never a person of the events.
 */
export function ingestAudited(options: {
  auditor: AuditorService;
  usage: UsageService;
  events: unknown[];
  request?: Request;
  authorize?: () => Promise<void>;
}): Promise<UsageIngestResult> {
  const { auditor, usage, events, request } = options;
  return audited(
    auditor,
    {
      eventId: 'usage-ingest',
      severityLevel: 'low',
      request,
      meta: { via: request ? 'http' : 'events', events: events.length },
    },
    async () => {
      await options.authorize?.();
      return usage.ingest(events);
    },
    result => ({
      accepted: result.accepted,
      duplicates: result.duplicates,
      rejected: result.rejected.length,
    }),
  );
}

/**
 * Feeds the ingestion from Backstage's events service: other plugins and event-router modules
 * publish to `platform-product.usage` a batch (`{ events: [...] }`) or a single event. They run
 * in the backend, so no permission is asked. What cannot be recorded is logged as counts and
 * field names only (the messages may hold an e-mail address).
 */
export async function subscribeToUsageEvents(options: {
  events: EventsService;
  auditor: AuditorService;
  logger: LoggerService;
  usage: UsageService;
}) {
  const { logger } = options;
  await options.events.subscribe({
    id: 'platform-product-usage',
    topics: [USAGE_TOPIC],
    onEvent: async ({ eventPayload }) => {
      const isBatch =
        typeof eventPayload === 'object' &&
        eventPayload !== null &&
        'events' in eventPayload;
      const batch = usageBatchSchema.safeParse(
        isBatch ? eventPayload : { events: [eventPayload] },
      );
      if (!batch.success) {
        logger.warn(
          `Ignored a ${USAGE_TOPIC} event: ${batch.error.issues
            .map(issue => `${issue.path.join('.')}: ${issue.message}`)
            .join('; ')}`,
        );
        return;
      }
      const result = await ingestAudited({
        ...options,
        events: batch.data.events,
      });
      if (result.rejected.length) {
        logger.warn(
          `Rejected ${result.rejected.length} of ${
            batch.data.events.length
          } usage events from ${USAGE_TOPIC}: ${result.rejected
            .map(r => `#${r.index} ${r.field}`)
            .join(', ')}`,
        );
      }
    },
  });
}

/**
 * Hourly, through the scheduler (one replica at a time): deletes raw usage events older than
 * the retention period, in bounded batches. The same cutoff refuses older events when sent,
 * so an event re-sent after its row went is refused rather than counted twice.
 */
export async function scheduleUsageRetention(options: {
  scheduler: SchedulerService;
  logger: LoggerService;
  usage: UsageService;
}) {
  await options.scheduler.scheduleTask({
    id: 'platform-product-usage-retention',
    frequency: { hours: 1 },
    timeout: { minutes: 15 },
    initialDelay: { minutes: 2 },
    fn: async () => {
      const deleted = await options.usage.deleteExpired();
      if (deleted) {
        options.logger.info(`Deleted ${deleted} expired usage events`);
      }
    },
  });
}

/** The id of the task that folds recorded usage events into the rollups. */
export const USAGE_ROLLUP_TASK = 'platform-product-usage-rollup';

/**
 * Every `seconds`, through the scheduler (one replica at a time; a second run at once would
 * wait and find nothing left): folds the usage events recorded since the last run into the
 * rollups, which every view of usage reads. The views are that much behind the events.
 */
export async function scheduleUsageRollup(options: {
  scheduler: SchedulerService;
  usage: UsageService;
  seconds: number;
}) {
  await options.scheduler.scheduleTask({
    id: USAGE_ROLLUP_TASK,
    frequency: { seconds: options.seconds },
    timeout: { minutes: 10 },
    fn: async () => {
      await options.usage.rollUp();
    },
  });
}
