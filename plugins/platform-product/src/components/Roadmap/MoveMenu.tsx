import { useId, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Button, Menu, MenuItem } from '@material-ui/core';
import {
  RoadmapItem,
  RoadmapItemDetail,
  roadmapLanes,
} from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { useLaneTitles } from './laneTitles';

/**
 * "Move to…": a menu of the other lanes. The move names the version the reader saw, so it fails
 * (409) rather than undo someone else's change; failures go to `onError`.
 */
export function MoveMenu(props: {
  item: RoadmapItem;
  onMoved: (item: RoadmapItemDetail) => void;
  onError: (error: unknown) => void;
}) {
  const { item, onMoved, onError } = props;
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const laneTitles = useLaneTitles();
  const id = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);

  const move = async (lane: (typeof roadmapLanes)[number]) => {
    setAnchor(null);
    setBusy(true);
    try {
      onMoved(await api.moveRoadmapItem(item.id, lane, item.version));
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        size="small"
        aria-haspopup="true"
        aria-controls={anchor ? `${id}-menu` : undefined}
        disabled={busy}
        onClick={event => setAnchor(event.currentTarget)}
      >
        {t('roadmap.move.label')}
      </Button>
      <Menu
        id={`${id}-menu`}
        anchorEl={anchor}
        open={!!anchor}
        onClose={() => setAnchor(null)}
      >
        {roadmapLanes
          .filter(lane => lane !== item.lane)
          .map(lane => (
            <MenuItem key={lane} onClick={() => move(lane)}>
              {laneTitles[lane]}
            </MenuItem>
          ))}
      </Menu>
    </>
  );
}
