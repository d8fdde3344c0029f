import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { RoadmapItem } from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { PickerOption, PickerProps, SearchPicker } from './SearchPicker';

/** A roadmap item as a picker shows it: its title, and its lane. */
export type RoadmapItemOption = PickerOption & { key: number };

/** Finds an active roadmap item by title (most voted first); shows each one's lane. */
export function RoadmapItemPicker(props: PickerProps<RoadmapItemOption>) {
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const option = (item: RoadmapItem): RoadmapItemOption => ({
    key: item.id,
    title: item.title,
    detail: t('roadmap.picker.detail', {
      lane: t(`roadmap.lanes.${item.lane}`),
      votes: String(item.voteCount),
    }),
  });
  const search = async (q: string, limit: number) =>
    (await api.listRoadmapItems({ q, sort: 'votes', limit })).items.map(option);
  return <SearchPicker {...props} search={search} />;
}
