import { useId, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  RoadmapItem,
  RoadmapItemDetail,
} from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import {
  ChangelogEntryOption,
  ChangelogEntryPicker,
} from '../shared/ChangelogEntryPicker';
import { FormDialog } from '../shared/FormDialog';

/** Marks an item shipped, optionally with the changelog entries (picked by title) that announce it. */
export function ShipDialog(props: {
  item: RoadmapItem;
  onClose: () => void;
  onShipped: (item: RoadmapItemDetail) => void;
  onReload: () => void;
}) {
  const { item, onShipped } = props;
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const id = useId();
  const [entries, setEntries] = useState<ChangelogEntryOption[]>([]);

  return (
    <FormDialog
      title={t('roadmap.ship.title', { title: item.title })}
      submitLabel={t('roadmap.ship.submit')}
      onSubmit={async () =>
        onShipped(
          await api.shipRoadmapItem(item.id, {
            changelogEntryIds: entries.map(entry => entry.key),
            version: item.version,
          }),
        )
      }
      onClose={props.onClose}
      onReload={props.onReload}
    >
      <ChangelogEntryPicker
        id={`${id}-entries`}
        label={t('roadmap.ship.entries')}
        helperText={t('roadmap.ship.entriesHelp')}
        multiple
        includeDrafts
        value={entries}
        onChange={setEntries}
      />
    </FormDialog>
  );
}
