import { TestApiProvider } from '@backstage/test-utils';
import { renderHook, waitFor } from '@testing-library/react';
import { ReactNode } from 'react';
import { platformProductApiRef } from './PlatformProductApi';
import { usePermissionSetup } from './usePermissionSetup';

describe('usePermissionSetup', () => {
  it('returns what the backend says about the policy', async () => {
    const api = {
      getPermissionSetup: jest.fn().mockResolvedValue({
        everyoneIsMaintainer: true,
        maintainersConfigured: false,
      }),
    };
    const wrapper = ({ children }: { children: ReactNode }) => (
      <TestApiProvider apis={[[platformProductApiRef, api]]}>
        {children}
      </TestApiProvider>
    );
    const { result } = renderHook(() => usePermissionSetup(), { wrapper });
    expect(result.current).toBeUndefined();
    await waitFor(() =>
      expect(result.current).toEqual({
        everyoneIsMaintainer: true,
        maintainersConfigured: false,
      }),
    );
  });

  it('stays undefined when the check fails', async () => {
    const api = {
      getPermissionSetup: jest.fn().mockRejectedValue(new Error('offline')),
    };
    const wrapper = ({ children }: { children: ReactNode }) => (
      <TestApiProvider apis={[[platformProductApiRef, api]]}>
        {children}
      </TestApiProvider>
    );
    const { result } = renderHook(() => usePermissionSetup(), { wrapper });
    await waitFor(() => expect(api.getPermissionSetup).toHaveBeenCalled());
    expect(result.current).toBeUndefined();
  });
});
