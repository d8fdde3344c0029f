import { useId, useState } from 'react';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Button, Menu, MenuItem } from '@material-ui/core';
import {
  RoadmapItem,
  RoadmapItemDetail,
  roadmapLanes,
} from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { useLaneTitles } from '../shared/laneTitles';
import { useMoveItem } from './useMoveItem';

/**
 * "Move to…": a menu of the other lanes, the keyboard's (and screen reader's) way to move a card.
 * Failures (e.g. a 409: someone else changed the item) go to `onError`.
 */
export function MoveMenu(props: {
  item: RoadmapItem;
  onMoved: (item: RoadmapItemDetail) => void;
  onError: (error: unknown) => void;
}) {
  const { item, onMoved, onError } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  const laneTitles = useLaneTitles();
  const id = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { move, busy } = useMoveItem(onMoved, onError);

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
            <MenuItem
              key={lane}
              onClick={() => {
                setAnchor(null);
                move(item, lane);
              }}
            >
              {laneTitles[lane]}
            </MenuItem>
          ))}
      </Menu>
    </>
  );
}
