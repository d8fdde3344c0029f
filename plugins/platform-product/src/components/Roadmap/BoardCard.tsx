import { useId } from 'react';
import { Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  Box,
  Card,
  CardActions,
  CardContent,
  Chip,
  makeStyles,
  Typography,
} from '@material-ui/core';
import {
  RoadmapItem,
  RoadmapItemDetail,
} from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { formatVotes } from './format';
import { useRoadmapLinks } from '../shared/links';
import { MoveMenu } from './MoveMenu';
import { RiceScore } from './RiceScore';
import { RoadmapVoteButton } from './RoadmapVoteButton';
import { ToolChips } from './ToolChips';

const useStyles = makeStyles({
  draggable: { cursor: 'grab' },
});

/**
 * An item on the board: what, who owns it, which tools, its score and votes. A maintainer drags
 * it to another lane, or moves it with "Move to…" (the keyboard's way).
 */
export function BoardCard(props: {
  item: RoadmapItem;
  toolTitles: Map<string, string>;
  canVote: boolean;
  canMove: boolean;
  onVoted: (item: RoadmapItem) => void;
  onMoved: (item: RoadmapItemDetail) => void;
  onMoveFailed: (error: unknown) => void;
  onDragStart: () => void;
  onDragEnd: () => void;
}) {
  const { item } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(platformProductTranslationRef);
  const links = useRoadmapLinks();
  const titleId = useId();
  return (
    <Card
      variant="outlined"
      component="article"
      aria-labelledby={titleId}
      draggable={props.canMove}
      className={props.canMove ? classes.draggable : undefined}
      onDragStart={event => {
        if (!props.canMove) return;
        event.dataTransfer.setData('text/plain', item.title);
        event.dataTransfer.effectAllowed = 'move';
        props.onDragStart();
      }}
      onDragEnd={props.onDragEnd}
    >
      <CardContent>
        <Typography variant="subtitle1" component="h4" id={titleId}>
          <Link to={links.item(item.id)}>{item.title}</Link>
        </Typography>
        <Typography variant="body2" color="textSecondary" gutterBottom>
          {t('roadmap.board.ownedBy', {
            owner: <EntityRefLink entityRef={item.ownerRef} hideIcon />,
          })}
        </Typography>
        <ToolChips toolRefs={item.toolRefs} toolTitles={props.toolTitles} />
        <Box
          display="flex"
          flexWrap="wrap"
          alignItems="center"
          mt={1}
          style={{ gap: 8 }}
        >
          <RiceScore item={item} />
          <Typography variant="body2" color="textSecondary" component="span">
            {formatVotes(t, item)}
          </Typography>
          {item.earlyAccess && (
            <Chip
              size="small"
              color="secondary"
              label={t('roadmap.generic.earlyAccess')}
            />
          )}
        </Box>
      </CardContent>
      <CardActions>
        <RoadmapVoteButton
          item={item}
          disabled={!props.canVote}
          onVoted={props.onVoted}
        />
        {props.canMove && (
          <MoveMenu
            item={item}
            onMoved={props.onMoved}
            onError={props.onMoveFailed}
          />
        )}
      </CardActions>
    </Card>
  );
}
