import { useState } from 'react';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { Button } from '@material-ui/core';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import AddIcon from '@material-ui/icons/Add';
import {
  changelogCreatePermission,
  ChangelogEntry,
} from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { ChangelogEditorDialog } from './ChangelogEditorDialog';
import { useSavedMessage } from './format';

/** "New entry", for writers: opens the editor. */
export function NewEntryButton(props: {
  onSaved: (entry: ChangelogEntry) => void;
}) {
  const { allowed } = usePermission({ permission: changelogCreatePermission });
  const alertApi = useApi(alertApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const savedMessage = useSavedMessage();
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
        {t('changelog.actions.newEntry')}
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
