import { ReactNode } from 'react';
import { Content } from '@backstage/core-components';
import { SurveyBanner } from '../Surveys';
import { RatingPromptBanner } from '../ToolRatingCard/RatingPromptBanner';

/**
 * A tab's content, under the reminder of any open survey the reader has not answered and the
 * invitation to rate a tool they use.
 */
export function TabContent(props: { children: ReactNode }) {
  return (
    <Content>
      <SurveyBanner />
      <RatingPromptBanner />
      {props.children}
    </Content>
  );
}
