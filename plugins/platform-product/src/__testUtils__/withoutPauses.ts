import { act } from '@testing-library/react';

/** Every timer function jest can fake but `setTimeout` and `clearTimeout`. */
const ALL_BUT_TIMEOUTS = [
  'Date',
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
] as const;

/**
 * Runs `steps` with timeouts on a fake clock, which Testing Library's `waitFor` and `findBy…`
 * move on while they wait, and {@link elapse} on demand: a search's debounce or the live
 * reloads' delay passes without its real pause. Only timeouts are fake, so promises, React's
 * scheduling and dates behave as always. A timeout still pending at the end never runs.
 */
export async function withoutPauses<T>(steps: () => Promise<T>): Promise<T> {
  jest.useFakeTimers({ doNotFake: [...ALL_BUT_TIMEOUTS] });
  try {
    return await steps();
  } finally {
    jest.useRealTimers();
  }
}

/** Lets `ms` pass on the fake clock of {@link withoutPauses}, running the timeouts due. */
export const elapse = (ms: number) =>
  act(() => jest.advanceTimersByTimeAsync(ms));
