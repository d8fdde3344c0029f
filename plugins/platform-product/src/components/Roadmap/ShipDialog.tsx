import { useId, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { TextField } from '@material-ui/core';
import {
  RoadmapItem,
  RoadmapItemDetail,
} from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { FormDialog } from './FormDialog';

/** "12, 14" → [12, 14]; undefined if any part is not a positive whole number. */
function parseIds(value: string): number[] | undefined {
  const parts = value
    .split(',')
    .map(part => part.trim())
    .filter(Boolean);
  return parts.every(part => /^[1-9]\d*$/.test(part))
    ? parts.map(Number)
    : undefined;
}

/** Marks an item shipped, optionally with the changelog entries that announce it. */
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
  const [value, setValue] = useState('');
  const ids = parseIds(value);

  return (
    <FormDialog
      title={t('roadmap.ship.title', { title: item.title })}
      submitLabel={t('roadmap.ship.submit')}
      canSubmit={ids !== undefined}
      onSubmit={async () =>
        onShipped(
          await api.shipRoadmapItem(item.id, {
            changelogEntryIds: ids,
            version: item.version,
          }),
        )
      }
      onClose={props.onClose}
      onReload={props.onReload}
    >
      <TextField
        id={`${id}-entries`}
        label={t('roadmap.ship.entries')}
        value={value}
        onChange={e => setValue(e.target.value)}
        error={ids === undefined}
        helperText={
          ids === undefined
            ? t('roadmap.ship.entriesInvalid')
            : t('roadmap.ship.entriesHelp')
        }
        fullWidth
        margin="normal"
        variant="outlined"
      />
    </FormDialog>
  );
}
