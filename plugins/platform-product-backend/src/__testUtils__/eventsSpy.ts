import { createServiceFactory } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { EventParams, eventsServiceRef } from '@backstage/plugin-events-node';
import { DomainEvents } from '../services/DomainEvents';

/**
 * An events service that records what is published: `factory` for a test backend,
 * `domainEvents` for a service built by hand.
 */
export function eventsSpy() {
  const published: EventParams[] = [];
  const events = {
    publish: async (params: EventParams) => void published.push(params),
    subscribe: async () => {},
  };
  return {
    published,
    /** The payloads published so far, in order. */
    payloads: () => published.map(p => p.eventPayload as any),
    factory: createServiceFactory({
      service: eventsServiceRef,
      deps: {},
      factory: () => events,
    }),
    domainEvents: new DomainEvents({
      events,
      logger: mockServices.logger.mock(),
    }),
  };
}
