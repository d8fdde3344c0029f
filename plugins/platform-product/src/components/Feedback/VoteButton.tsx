import { useState } from 'react';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { Button } from '@material-ui/core';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import ThumbUpIcon from '@material-ui/icons/ThumbUpOutlined';
import { FeedbackItem } from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { errorMessage } from '../shared/errorMessage';

/** The +1 toggle of a feedback item, showing its count; reports the updated item. */
export function VoteButton(props: {
  item: FeedbackItem;
  /** The caller may not +1 (no permission to give feedback). */
  disabled?: boolean;
  onVoted: (item: FeedbackItem) => void;
}) {
  const { item, onVoted } = props;
  const api = useApi(platformProductApiRef);
  const alertApi = useApi(alertApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const [busy, setBusy] = useState(false);

  const toggle = async () => {
    setBusy(true);
    try {
      onVoted(await api.voteFeedback(item.id, !item.voted));
    } catch (e) {
      alertApi.post({
        message: t('feedback.vote.error', { error: errorMessage(e) }),
        severity: 'error',
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button
      size="small"
      color="primary"
      variant={item.voted ? 'contained' : 'outlined'}
      startIcon={<ThumbUpIcon />}
      aria-pressed={item.voted}
      aria-label={t('feedback.vote.label', { votes: String(item.voteCount) })}
      // Merged items hand their +1s to the original and take no more.
      disabled={busy || props.disabled || item.status === 'merged'}
      onClick={toggle}
    >
      {item.voteCount}
    </Button>
  );
}
