import { ContentHeader } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Box, Tab, Tabs } from '@material-ui/core';
import { platformProductTranslationRef } from '../../translation';
import { usePermission } from '@backstage/plugin-permission-react';
import { roadmapUpdatePermission } from 'backstage-plugin-platform-product-common';
import { ImpactMapView } from './ImpactMapView';
import { NewItemButton } from './NewItemButton';
import { RoadmapBoardView } from './RoadmapBoardView';
import { RoadmapListView } from './RoadmapListView';
import { RoadmapPrioritiesView } from './RoadmapPrioritiesView';
import { roadmapViews, useRoadmapView } from './roadmapParams';
import { RoadmapTimelineView } from './RoadmapTimelineView';

/**
 * The Roadmap tab's views (board, timeline, list, shipped, killed, impact map, and priorities
 * for maintainers), chosen in the URL
 * (`?view=timeline`).
 */
export function RoadmapOverview() {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const [view, setView] = useRoadmapView();
  const { allowed: maintainer } = usePermission({
    permission: roadmapUpdatePermission,
  });
  // The prioritisation view is for maintainers; its tab shows while it is open in any case.
  const shownViews = roadmapViews.filter(
    v => v !== 'priorities' || maintainer || view === v,
  );

  const content = () => {
    switch (view) {
      case 'board':
        return <RoadmapBoardView />;
      case 'timeline':
        return <RoadmapTimelineView />;
      case 'impact-map':
        return <ImpactMapView />;
      case 'priorities':
        return <RoadmapPrioritiesView />;
      default:
        // Keyed so that each list starts from its own filters and voted items.
        return <RoadmapListView key={view} view={view} />;
    }
  };

  return (
    <>
      <ContentHeader
        title={t('roadmap.overview.title')}
        description={t('roadmap.overview.description')}
      >
        <NewItemButton />
      </ContentHeader>
      <Tabs
        value={view}
        onChange={(_, next) => setView(next)}
        aria-label={t('roadmap.overview.views')}
        indicatorColor="primary"
        textColor="primary"
        variant="scrollable"
      >
        {shownViews.map(v => (
          <Tab
            key={v}
            value={v}
            label={t(`roadmap.views.${v}`)}
            id={`roadmap-view-${v}`}
            aria-controls="roadmap-view-panel"
          />
        ))}
      </Tabs>
      <Box
        mt={2}
        role="tabpanel"
        id="roadmap-view-panel"
        aria-labelledby={`roadmap-view-${view}`}
      >
        {content()}
      </Box>
    </>
  );
}
