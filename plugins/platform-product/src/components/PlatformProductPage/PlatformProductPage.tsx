import { Header, Page, TabbedLayout } from '@backstage/core-components';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { platformProductTranslationRef } from '../../translation';
import { ChampionsTab } from '../Champions';
import { ChangelogTab } from '../Changelog';
import { FeedbackTab } from '../Feedback';
import { InsightsTab } from '../Insights';
import { RoadmapTab } from '../Roadmap';
import { TabContent } from './TabContent';

/** The suite's root page; each tab is a route of its own (`/roadmap`, `/changelog`, …). */
export function PlatformProductPage() {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const organization =
    useApi(configApiRef).getOptionalString('organization.name') ??
    t('roadmap.suite.defaultOrganization');
  return (
    <Page themeId="tool">
      <Header
        title={t('roadmap.suite.title')}
        subtitle={t('roadmap.suite.subtitle', { organization })}
      />
      <TabbedLayout>
        {/* TabbedLayout matches `/roadmap/*`: RoadmapTab routes the views and `/roadmap/:id`. */}
        <TabbedLayout.Route
          path="/roadmap"
          title={t('roadmap.suite.tabs.roadmap')}
        >
          <TabContent>
            <RoadmapTab />
          </TabContent>
        </TabbedLayout.Route>
        {/* TabbedLayout matches `/changelog/*`: ChangelogTab routes the list and `/changelog/:id`. */}
        <TabbedLayout.Route
          path="/changelog"
          title={t('roadmap.suite.tabs.changelog')}
        >
          <TabContent>
            <ChangelogTab />
          </TabContent>
        </TabbedLayout.Route>
        {/* TabbedLayout matches `/feedback/*`: FeedbackTab routes the inbox and `/feedback/:id`. */}
        <TabbedLayout.Route
          path="/feedback"
          title={t('roadmap.suite.tabs.feedback')}
        >
          <TabContent>
            <FeedbackTab />
          </TabContent>
        </TabbedLayout.Route>
        <TabbedLayout.Route
          path="/champions"
          title={t('roadmap.suite.tabs.champions')}
        >
          <TabContent>
            <ChampionsTab />
          </TabContent>
        </TabbedLayout.Route>
        <TabbedLayout.Route
          path="/insights"
          title={t('roadmap.suite.tabs.insights')}
        >
          <TabContent>
            <InsightsTab />
          </TabContent>
        </TabbedLayout.Route>
      </TabbedLayout>
    </Page>
  );
}
