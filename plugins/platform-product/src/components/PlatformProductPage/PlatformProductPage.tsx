import {
  Content,
  Header,
  Page,
  TabbedLayout,
} from '@backstage/core-components';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import { InsightsTab } from '../Insights';
import { PlaceholderTab } from '../PlaceholderTab';

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
        <TabbedLayout.Route path="/roadmap" title="Roadmap">
          <Content>
            <PlaceholderTab
              area="Roadmap"
              description="What the platform team is working on now, next and later, prioritised by RICE score, and what it decided not to do."
            />
          </Content>
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/changelog" title="Changelog">
          <Content>
            <PlaceholderTab
              area="Changelog"
              description="What changed in the tools your teams use, week by week."
            />
          </Content>
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/feedback" title="Feedback">
          <Content>
            <PlaceholderTab
              area="Feedback"
              description="Rate tools, answer surveys and send ideas; follow them from “you said” to “we did”."
            />
          </Content>
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/champions" title="Champions">
          <Content>
            <PlaceholderTab
              area="Champions"
              description="The developers who advocate the platform in their teams, and which teams still need one."
            />
          </Content>
        </TabbedLayout.Route>
        <TabbedLayout.Route path="/insights" title="Insights">
          <Content>
            <InsightsTab />
          </Content>
        </TabbedLayout.Route>
      </TabbedLayout>
    </Page>
  );
}
