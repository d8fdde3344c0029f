import { useEffect, useRef, useState } from 'react';
import { useSignal } from '@backstage/plugin-signals-react';
import {
  PlatformProductSignal,
  platformProductSignalChannels,
  PlatformProductSignalArea,
} from 'backstage-plugin-platform-product-common';

/** How long signals gather before one reload: a burst of votes reloads once. */
export const LIVE_RELOAD_DELAY_MS = 500;

/**
 * Calls `reload` when someone changes something in `area` (a Backstage signal on the area's
 * channel): once per burst, `LIVE_RELOAD_DELAY_MS` after its first signal, and not while
 * `hold` is set (the reader is dragging a card or has rows selected) — then once it is
 * released. Without the signals plugin in the app it does nothing.
 */
export function useLiveUpdates(
  area: PlatformProductSignalArea,
  reload: () => void,
  options: { hold?: boolean } = {},
) {
  const { lastSignal } = useSignal<PlatformProductSignal>(
    platformProductSignalChannels[area],
  );
  const [due, setDue] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const latestReload = useRef(reload);
  latestReload.current = reload;

  useEffect(() => {
    if (!lastSignal || timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = undefined;
      setDue(true);
    }, LIVE_RELOAD_DELAY_MS);
  }, [lastSignal]);
  useEffect(() => () => clearTimeout(timer.current), []);

  useEffect(() => {
    if (due && !options.hold) {
      setDue(false);
      latestReload.current();
    }
  }, [due, options.hold]);
}
