import { LoggerService } from '@backstage/backend-plugin-api';
import { EventsService } from '@backstage/plugin-events-node';
import {
  PLATFORM_PRODUCT_EVENTS_TOPIC,
  PlatformProductEvent,
  PlatformProductEventOf,
} from 'backstage-plugin-platform-product-common';
import { randomUUID } from 'node:crypto';

type EventType = PlatformProductEvent['eventType'];
/** An event's own fields: the envelope (id, type, time) is added when it is published. */
export type EventFields<T extends EventType> = Omit<
  PlatformProductEventOf<T>,
  'eventId' | 'eventType' | 'occurredAt'
>;

/**
 * Publishes Platform Product's domain events on the events service (topic `platform-product`).
 * Services call it after their write committed, so no event announces a change that was rolled
 * back. A failed publish is logged and never fails the write that happened: delivery is at
 * most once per change (see docs/architecture.md#events-out).
 */
export class DomainEvents {
  constructor(
    private readonly options: {
      events: Pick<EventsService, 'publish'>;
      logger: LoggerService;
      now?: () => Date;
    },
  ) {}

  async publish<T extends EventType>(
    eventType: T,
    fields: EventFields<T>,
  ): Promise<void> {
    const eventPayload = {
      eventId: randomUUID(),
      eventType,
      occurredAt: (this.options.now?.() ?? new Date()).toISOString(),
      ...fields,
    };
    try {
      await this.options.events.publish({
        topic: PLATFORM_PRODUCT_EVENTS_TOPIC,
        eventPayload,
        metadata: { eventType },
      });
    } catch (error) {
      this.options.logger.warn(
        `Could not publish ${eventType} event ${eventPayload.eventId}: ${error}`,
      );
    }
  }
}
