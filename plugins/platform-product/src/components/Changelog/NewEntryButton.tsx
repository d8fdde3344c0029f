import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  changelogCreatePermission,
  ChangelogEntry,
} from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { NewButton } from '../shared/NewButton';
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
  if (!allowed) {
    return null;
  }
  return (
    <NewButton
      dialog={close => (
        <ChangelogEditorDialog
          onClose={close}
          onSaved={entry => {
            close();
            alertApi.post({
              message: savedMessage(entry),
              severity: 'success',
              display: 'transient',
            });
            props.onSaved(entry);
          }}
        />
      )}
    >
      {t('changelog.actions.newEntry')}
    </NewButton>
  );
}
