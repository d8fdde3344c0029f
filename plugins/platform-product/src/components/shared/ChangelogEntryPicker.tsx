import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { ChangelogEntry } from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { PickerOption, PickerProps, SearchPicker } from './SearchPicker';

/** A changelog entry as a picker shows it: its title, and whether it is published. */
export type ChangelogEntryOption = PickerOption & { key: number };

/**
 * Finds changelog entries by title: published ones, newest first, and with `includeDrafts`
 * (for shipping a roadmap item, whose entry may still be a draft) drafts and scheduled ones
 * first.
 */
export function ChangelogEntryPicker(
  props: PickerProps<ChangelogEntryOption> & { includeDrafts?: boolean },
) {
  const { includeDrafts, ...picker } = props;
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const option = (entry: ChangelogEntry): ChangelogEntryOption => ({
    key: entry.id,
    title: entry.title,
    detail: t(`changelog.picker.${entry.status}`, {
      category: t(`changelog.categories.${entry.category}`),
    }),
  });
  const search = async (q: string, limit: number) => {
    const [drafts, published] = await Promise.all([
      includeDrafts
        ? api.listUnpublishedChangelog({ q, limit }).then(page => page.items)
        : [],
      api.listChangelog({ q, limit }).then(page => page.items),
    ]);
    return [...drafts, ...published].map(option);
  };
  return <SearchPicker {...picker} search={search} />;
}
