import { useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { Box, Button } from '@material-ui/core';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  changelogDeletePermission,
  ChangelogEntry,
  changelogUpdatePermission,
} from 'backstage-plugin-platform-product-common';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { platformProductApiRef } from '../../api';
import { ActionError } from '../shared/ActionError';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { FormDialog } from '../shared/FormDialog';
import { AudiencePreview } from './AudiencePreview';
import { platformProductTranslationRef } from '../../translation';
import { ChangelogEditorDialog } from './ChangelogEditorDialog';
import { useSavedMessage } from './format';

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
  const { t } = useTranslationRef(platformProductTranslationRef);
  const savedMessage = useSavedMessage();
  const { allowed: canUpdate } = usePermission({
    permission: changelogUpdatePermission,
  });
  const { allowed: canDelete } = usePermission({
    permission: changelogDeletePermission,
  });
  const published = entry.status === 'published';
  const [dialog, setDialog] = useState<'edit' | 'delete' | 'publish'>();
  const [publishing, publish] = useAsyncFn(async () => {
    const result = await api.publishChangelogEntry(entry.id);
    onChanged(result, savedMessage(result));
  }, [api, entry.id, onChanged, savedMessage]);

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
            {t('changelog.actions.edit')}
          </Button>
        )}
        {canUpdate && !published && (
          <Button
            size="small"
            variant="outlined"
            color="primary"
            disabled={publishing.loading}
            onClick={() => setDialog('publish')}
          >
            {t('changelog.actions.publishNow')}
          </Button>
        )}
        {canDelete && (
          <Button
            size="small"
            variant="outlined"
            onClick={() => setDialog('delete')}
          >
            {t('changelog.actions.delete')}
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
          // A reload after a conflict brings a new version: the editor keeps what was typed.
          entry={entry}
          onClose={() => setDialog(undefined)}
          onSaved={saved => {
            setDialog(undefined);
            onChanged(
              saved,
              // Edits of published entries stay published: nothing else to say.
              published
                ? t('changelog.saved.edited', { title: saved.title })
                : savedMessage(saved),
            );
          }}
          onReload={props.onReload}
        />
      )}
      {dialog === 'publish' && (
        <FormDialog
          title={t('changelog.audience.confirmTitle', { title: entry.title })}
          submitLabel={t('changelog.actions.publishNow')}
          onSubmit={async () => {
            setDialog(undefined);
            await publish();
          }}
          onClose={() => setDialog(undefined)}
        >
          <AudiencePreview entryId={entry.id} />
        </FormDialog>
      )}
      {dialog === 'delete' && (
        <ConfirmDialog
          title={t('changelog.actions.confirmDeleteTitle', {
            title: entry.title,
          })}
          confirmLabel={t('changelog.actions.confirmDelete')}
          onConfirm={async () => {
            await api.deleteChangelogEntry(entry.id);
            setDialog(undefined);
            props.onDeleted();
          }}
          onClose={() => setDialog(undefined)}
        >
          {t('changelog.actions.confirmDeleteText')}
        </ConfirmDialog>
      )}
    </>
  );
}
