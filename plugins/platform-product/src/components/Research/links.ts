import { useMemo } from 'react';
import { useRouteRef } from '@backstage/core-plugin-api';
import { rootRouteRef } from '../../routes';

/** Links to the research log and its notes, under the Feedback tab. */
export function useResearchLinks() {
  const root = useRouteRef(rootRouteRef)();
  return useMemo(
    () => ({
      log: `${root}/feedback/research`,
      note: (id: number) => `${root}/feedback/research/${id}`,
    }),
    [root],
  );
}
