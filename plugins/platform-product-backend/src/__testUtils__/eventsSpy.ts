import { createServiceFactory } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { EventParams, eventsServiceRef } from '@backstage/plugin-events-node';
import { DomainEvents } from '../lib/DomainEvents';

/**
 * An events service that records what is published: `factory` for a test backend,
 * `domainEvents` for a service built by hand. With `failWith`, every publish is recorded and
 * then fails with that error, as when the events backend is down.
 */
export function eventsSpy(options: { failWith?: Error } = {}) {
  const published: EventParams[] = [];
  const events = {
    publish: async (params: EventParams) => {
      published.push(params);
      if (options.failWith) throw options.failWith;
    },
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
