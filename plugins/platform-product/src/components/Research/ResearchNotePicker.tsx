import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { ResearchNoteSummary } from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import {
  PickerOption,
  PickerProps,
  SearchPicker,
} from '../shared/SearchPicker';

/** A research note as a picker shows it: its title, kind and date. */
export type ResearchNoteOption = PickerOption & { key: number };

/** Finds a research note by title, newest research first. */
export function ResearchNotePicker(props: PickerProps<ResearchNoteOption>) {
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const option = (note: ResearchNoteSummary): ResearchNoteOption => ({
    key: note.id,
    title: note.title,
    detail: `${t(`research.kinds.${note.kind}`)} · ${note.date.slice(0, 10)}`,
  });
  const search = async (q: string, limit: number) =>
    (await api.getResearchNotes({ q, limit })).items.map(option);
  return <SearchPicker {...props} search={search} />;
}
