import { InfoCard, Link, MarkdownContent } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Box, Typography } from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import { FeedbackItem } from 'backstage-plugin-platform-product-common';
import { kindLabels } from './format';
import { useFeedbackLinks } from './links';
import { RelativeTime } from './RelativeTime';
import { StatusChip } from './StatusChip';
import { VoteButton } from './VoteButton';
import { headingTitle } from './headings';

function Author(props: { item: FeedbackItem }) {
  const { item } = props;
  const you = item.mine ? ' (you)' : '';
  if (item.authorRef) {
    return (
      <>
        <EntityRefLink entityRef={item.authorRef} />
        {you}
      </>
    );
  }
  return <>{`${item.anonymous ? 'Anonymous' : 'A developer'}${you}`}</>;
}

/** Where the item went: the roadmap, the changelog, or the item it duplicates. */
function ItemLinks(props: { item: FeedbackItem }) {
  const { item } = props;
  const links = useFeedbackLinks();
  const targets: { to: string; text: string }[] = [];
  if (item.roadmapItemId) {
    targets.push({
      to: links.roadmapItem(item.roadmapItemId),
      text: `Roadmap item #${item.roadmapItemId}`,
    });
  }
  if (item.changelogEntryId) {
    targets.push({
      to: links.changelogEntry(item.changelogEntryId),
      text: `Changelog entry #${item.changelogEntryId}`,
    });
  }
  if (item.mergedIntoId) {
    targets.push({
      to: links.item(item.mergedIntoId),
      text: `Merged into #${item.mergedIntoId}`,
    });
  }
  if (!targets.length) {
    return null;
  }
  return (
    <Box display="flex" flexWrap="wrap" mt={2} style={{ gap: 16 }}>
      {targets.map(target => (
        <Link key={target.to} to={target.to}>
          {target.text}
        </Link>
      ))}
    </Box>
  );
}

/** A feedback item: what was said, by whom, about which tool, and where it stands. */
export function FeedbackItemCard(props: {
  item: FeedbackItem;
  canVote: boolean;
  onVoted: (item: FeedbackItem) => void;
}) {
  const { item } = props;
  return (
    <InfoCard
      title={item.title}
      headerProps={headingTitle(2)}
      subheader={`${kindLabels[item.kind]} #${item.id}`}
      action={
        <VoteButton
          item={item}
          disabled={!props.canVote}
          onVoted={props.onVoted}
        />
      }
    >
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        mb={2}
        style={{ gap: 8 }}
      >
        <StatusChip status={item.status} />
        <Typography variant="body2" color="textSecondary" component="span">
          About <EntityRefLink entityRef={item.toolRef} />, sent{' '}
          <RelativeTime date={item.createdAt} /> by <Author item={item} />
        </Typography>
      </Box>
      {item.body ? (
        <MarkdownContent content={item.body} />
      ) : (
        <Typography color="textSecondary">No details given.</Typography>
      )}
      {item.declineReason && (
        <Alert severity="info" style={{ marginTop: 16 }}>
          Declined: {item.declineReason}
        </Alert>
      )}
      <ItemLinks item={item} />
    </InfoCard>
  );
}
