import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { FeedbackItem } from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { ToggleCountButton } from '../shared/ToggleCountButton';

/** The +1 toggle of a feedback item, showing its count; reports the updated item. */
export function VoteButton(props: {
  item: FeedbackItem;
  /** The caller may not +1 (no permission to give feedback). */
  disabled?: boolean;
  onVoted: (item: FeedbackItem) => void;
}) {
  const { item } = props;
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (
    <ToggleCountButton
      pressed={item.voted}
      aria-label={t('feedback.vote.label', { votes: String(item.voteCount) })}
      // Merged items hand their +1s to the original and take no more.
      disabled={props.disabled || item.status === 'merged'}
      onToggle={voted => api.voteFeedback(item.id, voted)}
      onToggled={props.onVoted}
      failureMessage={error => t('feedback.vote.error', { error })}
    >
      {item.voteCount}
    </ToggleCountButton>
  );
}
