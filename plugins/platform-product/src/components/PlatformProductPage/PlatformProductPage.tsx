import { Header, Page, TabbedLayout } from '@backstage/core-components';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import { ChampionsTab } from '../Champions';
import { ChangelogTab } from '../Changelog';
import { FeedbackTab } from '../Feedback';
import { InsightsTab } from '../Insights';
import { RoadmapTab } from '../Roadmap';
import { TabContent } from './TabContent';

/** The suite's root page; each tab is a route of its own (`/roadmap`, `/changelog`, …). */
export function PlatformProductPage() {
  const orgName =
    useApi(configApiRef).getOptionalString('organization.name') ?? 'Platform';
  return (
    <Page themeId="tool">
      <Header
        title="Platform Product"
        subtitle={`${orgName}'s internal developer platform, run as a product`}
      />
      <TabbedLayout>
        {/* TabbedLayout matches `/roadmap/*`: RoadmapTab routes the views and `/roadmap/:id`. */}
        <TabbedLayout.Route path="/roadmap" title="Roadmap">
          <TabContent>
            <RoadmapTab />
          </TabContent>
        </TabbedLayout.Route>
        {/* TabbedLayout matches `/changelog/*`: ChangelogTab routes the list and `/changelog/:id`. */}
        <TabbedLayout.Route path="/changelog" title="Changelog">
          <TabContent>
            <ChangelogTab />
          </TabContent>
        </TabbedLayout.Route>
        {/* TabbedLayout matches `/feedback/*`: FeedbackTab routes the inbox and `/feedback/:id`. */}
        <TabbedLayout.Route path="/feedback" title="Feedback">
          <TabContent>
            <FeedbackTab />
          </TabContent>
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/champions" title="Champions">
          <TabContent>
            <ChampionsTab />
          </TabContent>
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/insights" title="Insights">
          <TabContent>
            <InsightsTab />
          </TabContent>
        </TabbedLayout.Route>
      </TabbedLayout>
    </Page>
  );
}
