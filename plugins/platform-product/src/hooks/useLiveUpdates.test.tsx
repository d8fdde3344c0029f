import { ReactNode } from 'react';
import { signalApiRef } from '@backstage/plugin-signals-react';
import { TestApiProvider } from '@backstage/test-utils';
import { renderHook, waitFor } from '@testing-library/react';
import { liveSignals } from '../__testUtils__/liveSignals';
import { elapse, withoutPauses } from '../__testUtils__/withoutPauses';
import { useLiveUpdates } from './useLiveUpdates';

describe('useLiveUpdates', () => {
  it('reloads once per burst of signals on its own area’s channel', () =>
    withoutPauses(async () => {
      const signals = liveSignals();
      const reload = jest.fn();
      renderHook(() => useLiveUpdates('surveys', reload), {
        wrapper: ({ children }: { children: ReactNode }) => (
          <TestApiProvider apis={[[signalApiRef, signals.api]]}>
            {children}
          </TestApiProvider>
        ),
      });
      signals.send('roadmap', { kind: 'voted', id: 1 });
      signals.send('surveys', { kind: 'answered', id: 7 });
      signals.send('surveys', { kind: 'answered', id: 8 });
      expect(reload).not.toHaveBeenCalled();
      await waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
      await elapse(700);
      expect(reload).toHaveBeenCalledTimes(1);
    }));

  it('does nothing, and says nothing, in an app without signals', () =>
    withoutPauses(async () => {
      const warn = jest.spyOn(console, 'warn');
      const error = jest.spyOn(console, 'error');
      const reload = jest.fn();
      const { unmount } = renderHook(() => useLiveUpdates('roadmap', reload), {
        wrapper: ({ children }: { children: ReactNode }) => (
          <TestApiProvider apis={[]}>{children}</TestApiProvider>
        ),
      });
      await elapse(600);
      unmount();
      expect(reload).not.toHaveBeenCalled();
      expect(warn).not.toHaveBeenCalled();
      expect(error).not.toHaveBeenCalled();
    }));
});
