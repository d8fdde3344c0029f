import { useMemo } from 'react';
import {
  useChangelogLinks,
  useFeedbackLinks,
  useRoadmapLinks,
  useSurveyResultsLink,
} from '../shared/links';

/** Where the Insights tab's figures lead: the lists behind each number. */
export function useInsightsLinks() {
  const survey = useSurveyResultsLink();
  const feedback = useFeedbackLinks();
  const { roadmap } = useRoadmapLinks();
  const { changelog } = useChangelogLinks();
  return useMemo(
    () => ({
      survey,
      openFeedback: (toolRef: string) => feedback.inbox({ toolRef }),
      feedbackItem: feedback.item,
      roadmapNow: (toolRef: string) =>
        roadmap({ view: 'list', lane: 'now', toolRef }),
      changes: (toolRef: string) => changelog({ toolRef }),
    }),
    [survey, feedback, roadmap, changelog],
  );
}
