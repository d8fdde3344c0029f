import { useState } from 'react';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { Button } from '@material-ui/core';
import AddIcon from '@material-ui/icons/Add';
import {
  changelogCreatePermission,
  ChangelogEntry,
} from 'backstage-plugin-platform-product-common';
import { ChangelogEditorDialog } from './ChangelogEditorDialog';
import { savedMessage } from './format';

/** "New entry", for writers: opens the editor. */
export function NewEntryButton(props: {
  onSaved: (entry: ChangelogEntry) => void;
}) {
  const { allowed } = usePermission({ permission: changelogCreatePermission });
  const alertApi = useApi(alertApiRef);
  const [open, setOpen] = useState(false);
  if (!allowed) {
    return null;
  }
  return (
    <>
      <Button
        variant="contained"
        color="primary"
        startIcon={<AddIcon />}
        onClick={() => setOpen(true)}
      >
        New entry
      </Button>
      {open && (
        <ChangelogEditorDialog
          onClose={() => setOpen(false)}
          onSaved={entry => {
            setOpen(false);
            alertApi.post({
              message: savedMessage(entry),
              severity: 'success',
              display: 'transient',
            });
            props.onSaved(entry);
          }}
        />
      )}
    </>
  );
}
