import { useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { Box, Button } from '@material-ui/core';
import {
  changelogDeletePermission,
  ChangelogEntry,
  changelogUpdatePermission,
} from 'backstage-plugin-platform-product-common';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { platformProductApiRef } from '../../api';
import { ActionError } from '../Roadmap/ActionError';
import { ConfirmDialog } from '../Roadmap/ConfirmDialog';
import { ChangelogEditorDialog } from './ChangelogEditorDialog';
import { savedMessage } from './format';

/** Edit and "Publish now" (may update) and Delete (may delete); nothing for readers. */
export function EntryActions(props: {
  entry: ChangelogEntry;
  onChanged: (entry: ChangelogEntry, message: string) => void;
  onDeleted: () => void;
  /** Reloads the entry, offered when someone else changed it meanwhile. */
  onReload: () => void;
}) {
  const { entry, onChanged } = props;
  const api = useApi(platformProductApiRef);
  const { allowed: canUpdate } = usePermission({
    permission: changelogUpdatePermission,
  });
  const { allowed: canDelete } = usePermission({
    permission: changelogDeletePermission,
  });
  const published = entry.status === 'published';
  const [dialog, setDialog] = useState<'edit' | 'delete'>();
  const [publishing, publish] = useAsyncFn(async () => {
    const result = await api.publishChangelogEntry(entry.id);
    onChanged(result, savedMessage(result));
  }, [api, entry.id, onChanged]);

  if (!canUpdate && !canDelete) {
    return null;
  }
  return (
    <>
      <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
        {canUpdate && (
          <Button
            size="small"
            variant="outlined"
            onClick={() => setDialog('edit')}
          >
            Edit
          </Button>
        )}
        {canUpdate && !published && (
          <Button
            size="small"
            variant="outlined"
            color="primary"
            disabled={publishing.loading}
            onClick={publish}
          >
            Publish now
          </Button>
        )}
        {canDelete && (
          <Button
            size="small"
            variant="outlined"
            onClick={() => setDialog('delete')}
          >
            Delete…
          </Button>
        )}
      </Box>
      {publishing.error && (
        <Box mt={1}>
          <ActionError error={publishing.error} onReload={props.onReload} />
        </Box>
      )}
      {dialog === 'edit' && (
        <ChangelogEditorDialog
          // A reload after a conflict brings a new version: start again from its values.
          key={entry.version}
          entry={entry}
          onClose={() => setDialog(undefined)}
          onSaved={saved => {
            setDialog(undefined);
            onChanged(
              saved,
              // Edits of published entries stay published: nothing else to say.
              published ? `Saved “${saved.title}”` : savedMessage(saved),
            );
          }}
          onReload={props.onReload}
        />
      )}
      {dialog === 'delete' && (
        <ConfirmDialog
          title={`Delete “${entry.title}”?`}
          confirmLabel="Delete"
          onConfirm={async () => {
            await api.deleteChangelogEntry(entry.id);
            setDialog(undefined);
            props.onDeleted();
          }}
          onClose={() => setDialog(undefined)}
        >
          The entry disappears from the changelog and its feed for good.
        </ConfirmDialog>
      )}
    </>
  );
}
