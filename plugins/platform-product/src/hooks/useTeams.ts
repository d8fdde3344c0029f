import { useMemo } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { Team, Viewer } from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../api';
import { useViewer } from './useViewer';

/** The teams the suite knows (the catalog's groups of the configured types), with their state. */
export function useTeams() {
  const api = useApi(platformProductApiRef);
  return useAsync(async (): Promise<Team[]> => api.getTeams(), [api]);
}

/**
 * The teams and the reader among them (e.g. to preselect the reader's first team): loaded
 * once both are, failed if either failed.
 */
export function useTeamsAndViewer(): {
  loading: boolean;
  error?: Error;
  value?: { teams: Team[]; viewer: Viewer };
} {
  const teams = useTeams();
  const viewer = useViewer();
  return useMemo(
    () => ({
      loading: teams.loading || viewer.loading,
      error: teams.error ?? viewer.error,
      value:
        teams.value && viewer.value
          ? { teams: teams.value, viewer: viewer.value }
          : undefined,
    }),
    [teams, viewer],
  );
}
