import { InfoCard, Link, MarkdownContent } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Box, Typography } from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import { FeedbackItem } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { useLinkedTitle, useStepTargets } from './links';
import { useFeedbackLinks } from '../shared/links';
import { RelativeTime } from '../shared/RelativeTime';
import { StatusChip } from '../shared/StatusChip';
import { VoteButton } from './VoteButton';
import { headingTitle } from '../shared/headings';

function Author(props: { item: FeedbackItem }) {
  const { item } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  const author = item.authorRef ? (
    <EntityRefLink entityRef={item.authorRef} />
  ) : (
    t(item.anonymous ? 'feedback.item.anonymous' : 'feedback.item.someone')
  );
  return <>{item.mine ? t('feedback.item.you', { author }) : author}</>;
}

/** Where the item went: the roadmap, the changelog, or the item it duplicates. */
function ItemLinks(props: { item: FeedbackItem }) {
  const { item } = props;
  const links = useFeedbackLinks();
  const { t } = useTranslationRef(platformProductTranslationRef);
  const titleOf = useLinkedTitle();
  const targets = useStepTargets()(item);
  if (item.mergedIntoId) {
    targets.push({
      to: links.item(item.mergedIntoId),
      text: t('feedback.item.mergedInto', {
        title: titleOf(item.mergedIntoId, item.mergedIntoTitle),
      }),
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
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (
    <InfoCard
      title={item.title}
      headerProps={headingTitle(2)}
      subheader={t('feedback.item.subheader', {
        kind: t(`feedback.kinds.${item.kind}`),
        id: String(item.id),
      })}
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
          {t('feedback.item.byline', {
            tool: <EntityRefLink entityRef={item.toolRef} />,
            time: <RelativeTime date={item.createdAt} />,
            author: <Author item={item} />,
          })}
        </Typography>
      </Box>
      {item.body ? (
        <MarkdownContent content={item.body} />
      ) : (
        <Typography color="textSecondary">
          {t('feedback.item.noDetails')}
        </Typography>
      )}
      {item.declineReason && (
        <Alert severity="info" style={{ marginTop: 16 }}>
          {t('feedback.item.declined', { reason: item.declineReason })}
        </Alert>
      )}
      <ItemLinks item={item} />
    </InfoCard>
  );
}
