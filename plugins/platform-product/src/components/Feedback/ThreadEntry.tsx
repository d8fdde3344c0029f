import { Fragment } from 'react';
import { Link, MarkdownContent } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Box, Chip, makeStyles, Typography } from '@material-ui/core';
import {
  FeedbackActivity,
  FeedbackItem,
} from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { useLinkedTitle, useStepTargets } from './links';
import { useFeedbackLinks } from '../shared/links';
import { RelativeTime } from '../shared/RelativeTime';

const useStyles = makeStyles(theme => ({
  entry: {
    padding: theme.spacing(1.5, 0),
    '& + &': { borderTop: `1px solid ${theme.palette.divider}` },
  },
}));

function Actor(props: { entry: FeedbackActivity }) {
  const { entry } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (
    <>
      {entry.actorRef ? (
        <EntityRefLink entityRef={entry.actorRef} />
      ) : (
        t('feedback.thread.anonymousAuthor')
      )}
      {entry.actorRole === 'author' && (
        <Chip
          size="small"
          variant="outlined"
          label={t('feedback.thread.author')}
          style={{ marginLeft: 8, marginBottom: 0 }}
        />
      )}
    </>
  );
}

/** What happened, in words, after the actor's name. */
function Action(props: { entry: FeedbackActivity; item: FeedbackItem }) {
  const { entry, item } = props;
  const links = useFeedbackLinks();
  const titleOf = useLinkedTitle();
  const stepTargets = useStepTargets();
  const { t } = useTranslationRef(platformProductTranslationRef);
  if (entry.kind === 'status' && entry.status) {
    // What the item was linked to after this step.
    const targets = stepTargets(entry);
    return (
      <>
        {t('feedback.thread.movedTo', {
          status: t(`feedback.statuses.${entry.status}`).toLocaleLowerCase(),
        })}
        {targets.map(target => (
          <Fragment key={target.to}>
            {' · '}
            <Link to={target.to}>{target.text}</Link>
          </Fragment>
        ))}
      </>
    );
  }
  if (entry.kind === 'merge' && entry.relatedItemId) {
    const other = (
      <Link to={links.item(entry.relatedItemId)}>
        {titleOf(entry.relatedItemId, entry.relatedItemTitle)}
      </Link>
    );
    return t(
      item.mergedIntoId === entry.relatedItemId
        ? 'feedback.thread.mergedInto'
        : 'feedback.thread.mergedFrom',
      { item: other },
    );
  }
  return <>{t('feedback.thread.replied')}</>;
}

/** One entry of a feedback item's thread: a reply, a status change or a merge. */
export function ThreadEntry(props: {
  entry: FeedbackActivity;
  item: FeedbackItem;
}) {
  const { entry, item } = props;
  const classes = useStyles();
  return (
    <li className={classes.entry}>
      <Typography variant="body2" component="div">
        <Actor entry={entry} /> <Action entry={entry} item={item} />
        <Typography variant="body2" color="textSecondary" component="span">
          {' · '}
          <RelativeTime date={entry.createdAt} />
        </Typography>
      </Typography>
      {entry.body && (
        <Box mt={1}>
          {/* A status change's body is the decline reason: plain text. */}
          {entry.kind === 'reply' ? (
            <MarkdownContent content={entry.body} />
          ) : (
            <Typography variant="body2">{entry.body}</Typography>
          )}
        </Box>
      )}
    </li>
  );
}
