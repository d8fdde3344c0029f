import { createServiceFactory } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import {
  SignalPayload,
  signalsServiceRef,
} from '@backstage/plugin-signals-node';
import { LiveUpdates } from '../lib/LiveUpdates';

/**
 * A signals service that records what is published: `factory` for a test backend,
 * `liveUpdates` for a service built by hand. `onPublish` runs at each publish (e.g. to read what
 * is committed by then). With `failWith`, every publish is recorded and then fails with that
 * error, as when the events bus is down.
 */
export function signalsSpy(
  options: {
    failWith?: Error;
    onPublish?: (signal: SignalPayload) => Promise<void>;
  } = {},
) {
  const published: SignalPayload[] = [];
  const signals = {
    publish: async (signal: SignalPayload<any>) => {
      published.push(signal);
      await options.onPublish?.(signal);
      if (options.failWith) throw options.failWith;
    },
  };
  return {
    published,
    /** `channel kind id` of each signal so far, in order. */
    said: () =>
      published.map(s => `${s.channel} ${s.message.kind} ${s.message.id}`),
    factory: createServiceFactory({
      service: signalsServiceRef,
      deps: {},
      factory: () => signals,
    }),
    liveUpdates: new LiveUpdates({
      signals,
      logger: mockServices.logger.mock(),
    }),
  };
}
