import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { RoadmapItem } from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { ToggleCountButton } from '../shared/ToggleCountButton';

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
  const { item } = props;
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (
    <ToggleCountButton
      pressed={item.voted}
      aria-label={t(
        item.voted ? 'roadmap.vote.votedAriaLabel' : 'roadmap.vote.ariaLabel',
        { votes: String(item.voteCount) },
      )}
      title={item.voted ? t('roadmap.vote.remove') : undefined}
      // Shipped and killed items are settled: votes no longer move them.
      disabled={props.disabled || item.status !== 'active'}
      onToggle={voted => api.voteRoadmapItem(item.id, voted)}
      onToggled={props.onVoted}
      failureMessage={error => t('roadmap.vote.failed', { error })}
    >
      {t(item.voted ? 'roadmap.vote.votedLabel' : 'roadmap.vote.label')}
    </ToggleCountButton>
  );
}
