import { ReactNode, Suspense } from 'react';
import { Content, Progress } from '@backstage/core-components';
// Not the Surveys barrel: every tab loads this, and the barrel reaches the charts.
import { SurveyBanner } from '../Surveys/SurveyBanner';
import { RatingPromptBanner } from '../ToolRatingCard/RatingPromptBanner';

/**
 * A tab's content, under the reminder of any open survey the reader has not answered and the
 * invitation to rate a tool they use; a progress bar while a lazily loaded tab arrives.
 */
export function TabContent(props: { children: ReactNode }) {
  return (
    <Content>
      <SurveyBanner />
      <RatingPromptBanner />
      <Suspense fallback={<Progress />}>{props.children}</Suspense>
    </Content>
  );
}
