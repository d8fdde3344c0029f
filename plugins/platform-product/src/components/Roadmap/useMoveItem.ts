import { useCallback, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import {
  RoadmapItem,
  RoadmapItemDetail,
  RoadmapLane,
} from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';

/**
 * Moves an item to another lane through the move route. The move names the version the reader
 * saw, so it fails (409) rather than undo someone else's change; failures go to `onError`.
 */
export function useMoveItem(
  onMoved: (item: RoadmapItemDetail) => void,
  onError: (error: unknown) => void,
) {
  const api = useApi(platformProductApiRef);
  const [busy, setBusy] = useState(false);
  const move = useCallback(
    async (item: RoadmapItem, lane: RoadmapLane) => {
      if (lane === item.lane) return;
      setBusy(true);
      try {
        onMoved(await api.moveRoadmapItem(item.id, lane, item.version));
      } catch (e) {
        onError(e);
      } finally {
        setBusy(false);
      }
    },
    [api, onMoved, onError],
  );
  return { move, busy };
}
