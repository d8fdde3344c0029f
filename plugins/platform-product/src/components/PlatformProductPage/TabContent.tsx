import { ReactNode } from 'react';
import { Content } from '@backstage/core-components';
import { SurveyBanner } from '../Surveys';

/** A tab's content, under the reminder of any open survey the reader has not answered. */
export function TabContent(props: { children: ReactNode }) {
  return (
    <Content>
      <SurveyBanner />
      {props.children}
    </Content>
  );
}
