import { useState } from 'react';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Button } from '@material-ui/core';
import ThumbUpIcon from '@material-ui/icons/ThumbUpOutlined';
import { RoadmapItem } from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { errorMessage } from '../shared/errorMessage';

/**
 * The reader's vote toggle on a roadmap item, named with the count: "Vote", and "Voted" once
 * they voted, when pressing it again removes their vote. Reports the updated item.
 */
export function RoadmapVoteButton(props: {
  item: RoadmapItem;
  /** The reader may not vote. */
  disabled?: boolean;
  onVoted: (item: RoadmapItem) => void;
}) {
  const { item, onVoted } = props;
  const api = useApi(platformProductApiRef);
  const alertApi = useApi(alertApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const [busy, setBusy] = useState(false);

  const toggle = async () => {
    setBusy(true);
    try {
      onVoted(await api.voteRoadmapItem(item.id, !item.voted));
    } catch (e) {
      alertApi.post({
        message: t('roadmap.vote.failed', { error: errorMessage(e) }),
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
      aria-label={t(
        item.voted ? 'roadmap.vote.votedAriaLabel' : 'roadmap.vote.ariaLabel',
        { votes: String(item.voteCount) },
      )}
      title={item.voted ? t('roadmap.vote.remove') : undefined}
      // Shipped and killed items are settled: votes no longer move them.
      disabled={busy || props.disabled || item.status !== 'active'}
      onClick={toggle}
    >
      {t(item.voted ? 'roadmap.vote.votedLabel' : 'roadmap.vote.label')}
    </Button>
  );
}
