import { act } from '@testing-library/react';
import { SignalApi } from '@backstage/plugin-signals-react';
import {
  PlatformProductSignal,
  platformProductSignalChannels,
  PlatformProductSignalArea,
} from 'backstage-plugin-platform-product-common';

/**
 * A signals API for tests (`[signalApiRef, signals.api]`): `send` delivers a signal to the
 * area's subscribers as the signals backend would, after someone else's change.
 */
export function liveSignals() {
  const subscribers = new Map<string, Set<(message: any) => void>>();
  const api: SignalApi = {
    subscribe(channel, onMessage) {
      const set = subscribers.get(channel) ?? new Set();
      subscribers.set(channel, set.add(onMessage));
      return { unsubscribe: () => set.delete(onMessage) };
    },
  };
  return {
    api,
    send<A extends PlatformProductSignalArea>(
      area: A,
      message: PlatformProductSignal<A>,
    ) {
      act(() => {
        subscribers
          .get(platformProductSignalChannels[area])
          ?.forEach(onMessage => onMessage({ ...message }));
      });
    },
  };
}

/** The signals of the component tests' shared fixtures. */
export const signals = liveSignals();
