import { useId, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { TextField } from '@material-ui/core';
import {
  RoadmapItem,
  RoadmapItemDetail,
} from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
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
  const id = useId();
  const [value, setValue] = useState('');
  const ids = parseIds(value);

  return (
    <FormDialog
      title={`Ship “${item.title}”`}
      submitLabel="Ship"
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
        label="Changelog entry ids"
        value={value}
        onChange={e => setValue(e.target.value)}
        error={ids === undefined}
        helperText={
          ids === undefined
            ? 'Positive whole numbers, separated by commas'
            : 'Optional, comma separated, e.g. 12, 14. Voters are told it shipped.'
        }
        fullWidth
        margin="normal"
        variant="outlined"
      />
    </FormDialog>
  );
}
