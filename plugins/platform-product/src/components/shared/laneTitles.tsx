import { createContext, ReactNode, useContext, useMemo } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { RoadmapLane } from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';

export type LaneTitles = Record<RoadmapLane, string>;

const LaneTitlesContext = createContext<LaneTitles | undefined>(undefined);

/** The backend's default titles, shown until the configured ones are loaded. */
function useDefaultLaneTitles(): LaneTitles {
  const { t } = useTranslationRef(platformProductTranslationRef);
  return useMemo(
    () => ({
      now: t('roadmap.lanes.now'),
      next: t('roadmap.lanes.next'),
      later: t('roadmap.lanes.later'),
      exploring: t('roadmap.lanes.exploring'),
    }),
    [t],
  );
}

/**
 * Provides the lane titles configured on the backend (`platformProduct.roadmap.laneTitles`),
 * loaded once for every view below.
 */
export function LaneTitlesProvider(props: { children: ReactNode }) {
  const api = useApi(platformProductApiRef);
  const defaultLaneTitles = useDefaultLaneTitles();
  const { value: lanes } = useAsync(() => api.getRoadmapLanes(), [api]);
  const titles = useMemo(
    () =>
      lanes
        ? lanes.reduce(
            (all, { lane, title }) => ({ ...all, [lane]: title }),
            defaultLaneTitles,
          )
        : defaultLaneTitles,
    [lanes, defaultLaneTitles],
  );
  return (
    <LaneTitlesContext.Provider value={titles}>
      {props.children}
    </LaneTitlesContext.Provider>
  );
}

/** The configured lane titles; the default ones outside a `LaneTitlesProvider`. */
export function useLaneTitles(): LaneTitles {
  const defaultLaneTitles = useDefaultLaneTitles();
  return useContext(LaneTitlesContext) ?? defaultLaneTitles;
}
