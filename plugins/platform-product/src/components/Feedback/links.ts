import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { platformProductTranslationRef } from '../../translation';
import { useFeedbackLinks } from '../shared/links';

/** A link out of a feedback item, with its text. */
export type LinkTarget = { to: string; text: string };

/** The title of a linked item, or, if it was deleted since, words that say so. */
export function useLinkedTitle() {
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (id: number, title: string | undefined) =>
    title ?? t('feedback.item.deleted', { id: String(id) });
}

/**
 * The roadmap item and changelog entry that feedback is linked to (an item now, or a status
 * step of its thread), as links named by their titles.
 */
export function useStepTargets() {
  const links = useFeedbackLinks();
  const titleOf = useLinkedTitle();
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (step: {
    roadmapItemId?: number;
    roadmapItemTitle?: string;
    changelogEntryId?: number;
    changelogEntryTitle?: string;
  }): LinkTarget[] => [
    ...(step.roadmapItemId
      ? [
          {
            to: links.roadmapItem(step.roadmapItemId),
            text: t('feedback.item.roadmapItem', {
              title: titleOf(step.roadmapItemId, step.roadmapItemTitle),
            }),
          },
        ]
      : []),
    ...(step.changelogEntryId
      ? [
          {
            to: links.changelogEntry(step.changelogEntryId),
            text: t('feedback.item.changelogEntry', {
              title: titleOf(step.changelogEntryId, step.changelogEntryTitle),
            }),
          },
        ]
      : []),
  ];
}
