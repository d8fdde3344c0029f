import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { RoadmapItem } from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { PickerOption, SearchPicker } from '../shared/SearchPicker';

/** How many matches a picker shows. */
const MATCHES = 20;

/** A roadmap item as a picker shows it: its title, and its lane. */
export type RoadmapItemOption = PickerOption & { key: number };

/** Finds an active roadmap item by title (most voted first); shows each one's lane. */
export function RoadmapItemPicker(props: {
  id: string;
  label: string;
  helperText?: string;
  error?: boolean;
  value?: RoadmapItemOption;
  onChange: (value: RoadmapItemOption | undefined) => void;
}) {
  const { value, onChange } = props;
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
  return (
    <SearchPicker
      id={props.id}
      label={props.label}
      helperText={props.helperText}
      error={props.error}
      value={value ? [value] : []}
      onChange={chosen => onChange(chosen[0])}
      search={async q =>
        (
          await api.listRoadmapItems({ q, sort: 'votes', limit: MATCHES })
        ).items.map(option)
      }
    />
  );
}
