import { createContext, ReactNode, useContext, useMemo } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { RoadmapLane } from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';

export type LaneTitles = Record<RoadmapLane, string>;

/** The backend's default titles, shown until the configured ones are loaded. */
const defaultLaneTitles: LaneTitles = {
  now: 'Now',
  next: 'Next',
  later: 'Later',
  exploring: 'Exploring',
};

const LaneTitlesContext = createContext<LaneTitles>(defaultLaneTitles);

/**
 * Provides the lane titles configured on the backend (`platformProduct.roadmap.laneTitles`),
 * loaded once for every view below.
 */
export function LaneTitlesProvider(props: { children: ReactNode }) {
  const api = useApi(platformProductApiRef);
  const { value: lanes } = useAsync(() => api.getRoadmapLanes(), [api]);
  const titles = useMemo(
    () =>
      lanes
        ? lanes.reduce(
            (all, { lane, title }) => ({ ...all, [lane]: title }),
            defaultLaneTitles,
          )
        : defaultLaneTitles,
    [lanes],
  );
  return (
    <LaneTitlesContext.Provider value={titles}>
      {props.children}
    </LaneTitlesContext.Provider>
  );
}

export const useLaneTitles = () => useContext(LaneTitlesContext);
