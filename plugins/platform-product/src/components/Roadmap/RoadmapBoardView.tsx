import { useState } from 'react';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { Box, Grid } from '@material-ui/core';
import {
  RoadmapItem,
  roadmapUpdatePermission,
  roadmapVotePermission,
} from 'backstage-plugin-platform-product-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { ActionError } from './ActionError';
import { BoardCard } from './BoardCard';
import { BoardLane } from './BoardLane';
import { useLaneTitles } from './laneTitles';
import { NoRoadmapItems } from './NoRoadmapItems';
import { ReviewsDueCard } from './ReviewsDueCard';
import { useTools } from './useTools';

/** The active items in their lanes, side by side (stacked on small screens). */
export function RoadmapBoardView() {
  const api = useApi(platformProductApiRef);
  const alertApi = useApi(alertApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const laneTitles = useLaneTitles();
  const { allowed: canVote } = usePermission({
    permission: roadmapVotePermission,
  });
  const { allowed: canUpdate } = usePermission({
    permission: roadmapUpdatePermission,
  });
  const { toolTitles } = useTools();
  // Items changed by the reader's votes since the board was loaded; kept in place, not re-sorted.
  const [voted, setVoted] = useState<Record<number, RoadmapItem>>({});
  const [moveError, setMoveError] = useState<unknown>();
  const { value, error, retry } = useAsyncRetry(async () => {
    const board = await api.getRoadmapBoard();
    setVoted({});
    return board;
  }, [api]);

  const reload = () => {
    setMoveError(undefined);
    retry();
  };

  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  if (!value) {
    return <Progress />;
  }
  return (
    <>
      {canUpdate && (
        <Box mb={2}>
          <ReviewsDueCard />
        </Box>
      )}
      {value.lanes.every(lane => lane.totalCount === 0) && (
        <Box mb={2}>
          <NoRoadmapItems />
        </Box>
      )}
      {moveError !== undefined && (
        <Box mb={2}>
          <ActionError error={moveError} onReload={reload} />
        </Box>
      )}
      <Grid container spacing={2}>
        {value.lanes.map(lane => (
          <Grid key={lane.lane} item xs={12} sm={6} lg={3}>
            <BoardLane
              title={lane.title}
              totalCount={lane.totalCount}
              items={lane.items.map(item => voted[item.id] ?? item)}
              renderCard={item => (
                <BoardCard
                  item={item}
                  toolTitles={toolTitles}
                  canVote={canVote}
                  canMove={canUpdate}
                  onVoted={updated =>
                    setVoted(previous => ({
                      ...previous,
                      [updated.id]: updated,
                    }))
                  }
                  onMoved={moved => {
                    alertApi.post({
                      message: t('roadmap.board.moved', {
                        title: moved.title,
                        lane: laneTitles[moved.lane],
                      }),
                      severity: 'success',
                      display: 'transient',
                    });
                    reload();
                  }}
                  onMoveFailed={setMoveError}
                />
              )}
            />
          </Grid>
        ))}
      </Grid>
    </>
  );
}
