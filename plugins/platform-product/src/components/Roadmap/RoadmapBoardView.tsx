import { useCallback, useRef, useState } from 'react';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { Box, Grid, Typography } from '@material-ui/core';
import {
  RoadmapItem,
  RoadmapItemDetail,
  roadmapUpdatePermission,
  roadmapVotePermission,
} from 'backstage-plugin-platform-product-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { platformProductApiRef } from '../../api';
import { useLiveUpdates } from '../../hooks/useLiveUpdates';
import { platformProductTranslationRef } from '../../translation';
import { isConflict } from '../shared/errorMessage';
import { ActionError } from '../shared/ActionError';
import { BoardCard } from './BoardCard';
import { BoardLane } from './BoardLane';
import { useLaneTitles } from '../shared/laneTitles';
import { NoRoadmapItems } from './NoRoadmapItems';
import { ReviewsDueCard } from './ReviewsDueCard';
import { useMoveItem } from './useMoveItem';
import { useTools } from '../../hooks/useTools';

/**
 * The active items in their lanes, side by side (stacked on small screens). Maintainers move
 * cards by dragging them to another lane or with each card's "Move to…" menu. A move that
 * conflicts (someone else changed the item) reloads the board, so that it shows where the item
 * is now, and says why. Others' votes and moves reload it live, but never under a dragged card.
 */
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
  // The card being dragged: read when it is dropped, whenever the board last rendered.
  const dragged = useRef<RoadmapItem>();
  const [dragging, setDragging] = useState(false);
  const { value, error, retry } = useAsyncRetry(async () => {
    const board = await api.getRoadmapBoard();
    setVoted({});
    return board;
  }, [api]);

  const reload = useCallback(() => {
    setMoveError(undefined);
    retry();
  }, [retry]);
  const onMoved = useCallback(
    (moved: RoadmapItemDetail) => {
      alertApi.post({
        message: t('roadmap.board.moved', {
          title: moved.title,
          lane: laneTitles[moved.lane],
        }),
        severity: 'success',
        display: 'transient',
      });
      reload();
    },
    [alertApi, t, laneTitles, reload],
  );
  const onMoveFailed = useCallback(
    (moveFailure: unknown) => {
      setMoveError(moveFailure);
      if (isConflict(moveFailure)) retry();
    },
    [retry],
  );
  const { move } = useMoveItem(onMoved, onMoveFailed);
  useLiveUpdates('roadmap', retry, { hold: dragging });

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
          <ActionError error={moveError} />
          {isConflict(moveError) && (
            <Typography variant="body2" color="textSecondary">
              {t('roadmap.board.reloaded')}
            </Typography>
          )}
        </Box>
      )}
      <Grid container spacing={2}>
        {value.lanes.map(lane => (
          <Grid key={lane.lane} item xs={12} sm={6} lg={3}>
            <BoardLane
              title={lane.title}
              totalCount={lane.totalCount}
              items={lane.items.map(item => voted[item.id] ?? item)}
              onDrop={
                canUpdate
                  ? () => {
                      const item = dragged.current;
                      dragged.current = undefined;
                      setDragging(false);
                      if (item) move(item, lane.lane);
                    }
                  : undefined
              }
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
                  onMoved={onMoved}
                  onMoveFailed={onMoveFailed}
                  onDragStart={() => {
                    dragged.current = item;
                    setDragging(true);
                  }}
                  onDragEnd={() => {
                    dragged.current = undefined;
                    setDragging(false);
                  }}
                />
              )}
            />
          </Grid>
        ))}
      </Grid>
    </>
  );
}
