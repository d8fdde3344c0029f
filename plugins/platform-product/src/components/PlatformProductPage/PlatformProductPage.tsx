import {
  Content,
  EmptyState,
  Header,
  LinkButton,
  Page,
  TabbedLayout,
} from '@backstage/core-components';
import { configApiRef, useApi, useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { lazy } from 'react';
import { useParams } from 'react-router-dom';
import { roadmapRouteRef } from '../../routes';
import { platformProductTranslationRef } from '../../translation';
import { TabContent } from './TabContent';
import { useTabCounts } from './useTabCounts';

/**
 * The tabs, each a route of its own and a chunk of its own, loaded when first shown (so the
 * Roadmap tab does not load the charts of Insights and Champions). TabbedLayout matches
 * `/<path>/*`: the roadmap, changelog and feedback tabs route their items (`/roadmap/:id`, …)
 * themselves.
 */
const TABS = [
  {
    path: 'roadmap',
    Tab: lazy(() =>
      import('../Roadmap/RoadmapTab').then(m => ({ default: m.RoadmapTab })),
    ),
  },
  {
    path: 'changelog',
    Tab: lazy(() =>
      import('../Changelog/ChangelogTab').then(m => ({
        default: m.ChangelogTab,
      })),
    ),
  },
  {
    path: 'feedback',
    Tab: lazy(() =>
      import('../Feedback/FeedbackTab').then(m => ({ default: m.FeedbackTab })),
    ),
  },
  {
    path: 'champions',
    Tab: lazy(() =>
      import('../Champions/ChampionsTab').then(m => ({
        default: m.ChampionsTab,
      })),
    ),
  },
  {
    path: 'insights',
    Tab: lazy(() =>
      import('../Insights/InsightsTab').then(m => ({ default: m.InsightsTab })),
    ),
  },
] as const;

/** The suite's root page; each tab is a route of its own (`/roadmap`, `/changelog`, …). */
export function PlatformProductPage() {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const organization =
    useApi(configApiRef).getOptionalString('organization.name') ??
    t('roadmap.suite.defaultOrganization');
  // TabbedLayout shows its first tab for any path it does not know: say so instead.
  const [first = ''] = (useParams()['*'] ?? '').split('/');
  const known = !first || TABS.some(tab => tab.path === first);
  const roadmapLink = useRouteRef(roadmapRouteRef)();
  const counts = useTabCounts();
  const tabTitle = (path: (typeof TABS)[number]['path']) => {
    const count =
      path in counts ? counts[path as keyof typeof counts] : undefined;
    return count
      ? t(`roadmap.suite.tabCounts.${path as keyof typeof counts}`, {
          number: count,
        })
      : t(`roadmap.suite.tabs.${path}`);
  };
  return (
    <Page themeId="tool">
      <Header
        title={t('roadmap.suite.title')}
        subtitle={t('roadmap.suite.subtitle', { organization })}
      />
      {known ? (
        <TabbedLayout>
          {TABS.map(({ path, Tab }) => (
            <TabbedLayout.Route
              key={path}
              path={`/${path}`}
              title={tabTitle(path)}
            >
              <TabContent>
                <Tab />
              </TabContent>
            </TabbedLayout.Route>
          ))}
        </TabbedLayout>
      ) : (
        <Content>
          <EmptyState
            missing="info"
            title={t('roadmap.suite.notFound.title')}
            description={t('roadmap.suite.notFound.description', {
              path: first,
            })}
            action={
              <LinkButton to={roadmapLink} variant="contained" color="primary">
                {t('roadmap.suite.notFound.action')}
              </LinkButton>
            }
          />
        </Content>
      )}
    </Page>
  );
}
