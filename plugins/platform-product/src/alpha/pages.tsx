import { ReactNode } from 'react';
import {
  PageBlueprint,
  SubPageBlueprint,
} from '@backstage/frontend-plugin-api';
import { PlatformProductIcon } from '../components/PlatformProductIcon';
import { rootRouteRef } from '../routes';

/** A tab's content (under the open-survey reminder), loaded when the tab is first shown. */
async function tab(content: Promise<ReactNode>) {
  const [{ TabContent }, element] = await Promise.all([
    import('../components/PlatformProductPage/TabContent'),
    content,
  ]);
  return <TabContent>{element}</TabContent>;
}

/**
 * The suite's page (`page:platform-product`, at `/platform-product`): the app's header with
 * the plugin's title and one tab per sub-page. Its icon, in the nav and the header, carries the
 * number of changelog entries the reader has not seen yet.
 *
 * @alpha
 */
export const platformProductPage = PageBlueprint.make({
  params: {
    path: '/platform-product',
    routeRef: rootRouteRef,
    icon: <PlatformProductIcon />,
  },
});

const attachTo = { id: 'page:platform-product', input: 'pages' } as const;

/** @alpha */
export const roadmapSubPage = SubPageBlueprint.make({
  name: 'roadmap',
  attachTo,
  params: {
    path: 'roadmap',
    title: 'Roadmap',
    loader: () =>
      tab(
        import('../components/Roadmap/RoadmapTab').then(m => <m.RoadmapTab />),
      ),
  },
});

/** @alpha */
export const changelogSubPage = SubPageBlueprint.make({
  name: 'changelog',
  attachTo,
  params: {
    path: 'changelog',
    title: 'Changelog',
    loader: () =>
      tab(
        import('../components/Changelog/ChangelogTab').then(m => (
          <m.ChangelogTab />
        )),
      ),
  },
});

/** @alpha */
export const feedbackSubPage = SubPageBlueprint.make({
  name: 'feedback',
  attachTo,
  params: {
    path: 'feedback',
    title: 'Feedback',
    loader: () =>
      tab(
        import('../components/Feedback/FeedbackTab').then(m => (
          <m.FeedbackTab />
        )),
      ),
  },
});

/** @alpha */
export const championsSubPage = SubPageBlueprint.make({
  name: 'champions',
  attachTo,
  params: {
    path: 'champions',
    title: 'Champions',
    loader: () =>
      tab(
        import('../components/Champions/ChampionsTab').then(m => (
          <m.ChampionsTab />
        )),
      ),
  },
});

/** @alpha */
export const insightsSubPage = SubPageBlueprint.make({
  name: 'insights',
  attachTo,
  params: {
    path: 'insights',
    title: 'Insights',
    loader: () =>
      tab(
        import('../components/Insights/InsightsTab').then(m => (
          <m.InsightsTab />
        )),
      ),
  },
});
