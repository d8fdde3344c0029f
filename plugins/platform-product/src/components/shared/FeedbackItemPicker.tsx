import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { FeedbackItem } from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { PickerOption, PickerProps, SearchPicker } from './SearchPicker';

/** A feedback item as a picker shows it: its title, status and +1s. */
export type FeedbackItemOption = PickerOption & { key: number };

/** The option of a feedback item, for the picker and for what else suggests one. */
export function useFeedbackOption() {
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (item: FeedbackItem): FeedbackItemOption => ({
    key: item.id,
    title: item.title,
    detail: t('feedback.similar.detail', {
      status: t(`feedback.statuses.${item.status}`),
      votes: String(item.voteCount),
    }),
  });
}

/**
 * Finds a feedback item by title (about the tool, when given), most +1'd first, never
 * `excludeId`.
 */
export function FeedbackItemPicker(
  props: PickerProps<FeedbackItemOption> & {
    toolRef?: string;
    excludeId?: number;
  },
) {
  const { toolRef, excludeId, ...picker } = props;
  const api = useApi(platformProductApiRef);
  const option = useFeedbackOption();
  const search = async (q: string, limit: number) =>
    (await api.listFeedback({ toolRef, q, sort: 'votes', limit })).items
      .filter(item => item.id !== excludeId)
      .map(option);
  return <SearchPicker {...picker} search={search} />;
}
