import { DragEvent, ReactNode, useId, useState } from 'react';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Box, makeStyles, Paper, Typography } from '@material-ui/core';
import { RoadmapItem } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';

const useStyles = makeStyles(theme => ({
  lane: {
    height: '100%',
    padding: theme.spacing(1.5),
    backgroundColor: theme.palette.background.default,
  },
  dropTarget: {
    outline: `2px dashed ${theme.palette.primary.main}`,
    outlineOffset: -2,
  },
  cards: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(1.5),
  },
}));

/**
 * The drag events of a lane that takes the card being dragged (`onDrop` set), and whether the
 * card is over it.
 */
function useDropTarget(onDrop?: () => void) {
  const [over, setOver] = useState(false);
  if (!onDrop) return { over: false, handlers: {} };
  return {
    over,
    handlers: {
      onDragOver: (event: DragEvent) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setOver(true);
      },
      onDragLeave: (event: DragEvent) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node)) {
          setOver(false);
        }
      },
      onDrop: (event: DragEvent) => {
        event.preventDefault();
        setOver(false);
        onDrop();
      },
    },
  };
}

/**
 * A column of the board: its title, how many items it holds, and their cards. With `onDrop`
 * (the reader may move cards), the lane takes a dragged card.
 */
export function BoardLane(props: {
  title: string;
  totalCount: number;
  items: RoadmapItem[];
  renderCard: (item: RoadmapItem) => ReactNode;
  onDrop?: () => void;
}) {
  const { items } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  const classes = useStyles();
  const headingId = useId();
  const drop = useDropTarget(props.onDrop);
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={headingId}
      className={`${classes.lane} ${drop.over ? classes.dropTarget : ''}`}
      {...drop.handlers}
    >
      <Box display="flex" alignItems="baseline" mb={1.5} style={{ gap: 8 }}>
        <Typography variant="h6" component="h3" id={headingId}>
          {props.title}
        </Typography>
        <Typography variant="body2" color="textSecondary">
          {t('roadmap.counts.items', { count: props.totalCount })}
        </Typography>
      </Box>
      {items.length ? (
        <ul className={classes.cards}>
          {items.map(item => (
            <li key={item.id}>{props.renderCard(item)}</li>
          ))}
        </ul>
      ) : (
        <Typography variant="body2" color="textSecondary">
          {t('roadmap.board.emptyLane')}
        </Typography>
      )}
      {props.totalCount > items.length && items.length > 0 && (
        <Box mt={1.5}>
          <Typography variant="body2" color="textSecondary">
            {t('roadmap.board.topOnly', { shown: String(items.length) })}
          </Typography>
        </Box>
      )}
    </Paper>
  );
}
