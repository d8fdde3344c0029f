import { useApi } from '@backstage/core-plugin-api';
import { Viewer } from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../api';

/**
 * Who is signed in, as the suite sees them: their user ref and the teams they are a direct
 * member of (what they may do is a question for `usePermission`, per action).
 */
export function useViewer() {
  const api = useApi(platformProductApiRef);
  return useAsync(async (): Promise<Viewer> => api.getViewer(), [api]);
}
