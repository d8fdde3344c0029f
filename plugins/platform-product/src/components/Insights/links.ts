import { useMemo } from 'react';
import { useRouteRef } from '@backstage/core-plugin-api';
import { rootRouteRef } from '../../routes';
import {
  useChangelogLinks,
  useFeedbackLinks,
  useRoadmapLinks,
} from '../shared/links';

/** Where the Insights tab's figures lead: the lists behind each number. */
export function useInsightsLinks() {
  const root = useRouteRef(rootRouteRef)();
  const feedback = useFeedbackLinks();
  const { roadmap } = useRoadmapLinks();
  const { changelog } = useChangelogLinks();
  return useMemo(
    () => ({
      survey: (id: number) => `${root}/feedback/surveys/${id}`,
      openFeedback: (toolRef: string) => feedback.inbox({ toolRef }),
      feedbackItem: feedback.item,
      roadmapNow: (toolRef: string) =>
        roadmap({ view: 'list', lane: 'now', toolRef }),
      changes: (toolRef: string) => changelog({ toolRef }),
    }),
    [root, feedback, roadmap, changelog],
  );
}
