import { Link, Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Box, Grid, Typography } from '@material-ui/core';
import { RoadmapItem } from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { BoardLane } from './BoardLane';
import { useRoadmapLinks } from '../shared/links';
import { NoRoadmapItems } from './NoRoadmapItems';
import { lanePeriod } from './quarters';
import { ToolChips } from './ToolChips';
import { useTools } from '../../hooks/useTools';

/** An item on the timeline: read-only, its title, owner and tools. */
function TimelineItem(props: {
  item: RoadmapItem;
  toolTitles: Map<string, string>;
}) {
  const { item } = props;
  const links = useRoadmapLinks();
  return (
    <Box>
      <Typography variant="body1">
        <Link to={links.item(item.id)}>{item.title}</Link>
      </Typography>
      <Typography variant="body2" color="textSecondary" gutterBottom>
        <EntityRefLink entityRef={item.ownerRef} hideIcon />
      </Typography>
      <ToolChips toolRefs={item.toolRefs} toolTitles={props.toolTitles} />
    </Box>
  );
}

/**
 * Now, Next and Later as quarters, for leaders: this quarter, the next one, and after that, with
 * the items planned for each (read-only; Exploring is shown as not scheduled).
 */
export function RoadmapTimelineView() {
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { toolTitles } = useTools();
  const { value, error } = useAsync(() => api.getRoadmapBoard(), [api]);

  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  if (!value) {
    return <Progress />;
  }
  const now = new Date();
  return (
    <>
      <Box mb={2}>
        <Typography variant="body2" color="textSecondary">
          {t('roadmap.timeline.description')}
        </Typography>
      </Box>
      {value.lanes.every(lane => lane.totalCount === 0) && (
        <Box mb={2}>
          <NoRoadmapItems />
        </Box>
      )}
      <Grid container spacing={2}>
        {value.lanes.map(lane => (
          <Grid key={lane.lane} item xs={12} sm={6} lg={3}>
            <BoardLane
              title={t('roadmap.timeline.period', {
                period: lanePeriod(t, lane.lane, now),
                lane: lane.title,
              })}
              totalCount={lane.totalCount}
              items={lane.items}
              renderCard={item => (
                <TimelineItem item={item} toolTitles={toolTitles} />
              )}
            />
          </Grid>
        ))}
      </Grid>
    </>
  );
}
