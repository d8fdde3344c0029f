import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import { Box, Button, Grid } from '@material-ui/core';
import {
  ResearchNote,
  researchWritePermission,
  roadmapUpdatePermission,
} from 'backstage-plugin-platform-product-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { DetailPage, useItemIdParam } from '../shared/DetailPage';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { useResearchLinks } from '../shared/links';
import { ResearchEvidenceCard } from './ResearchEvidenceCard';
import { ResearchNoteEditor } from './ResearchNoteEditor';
import { ResearchNoteView } from './ResearchNoteView';

/** One research note (`/feedback/research/:id`), its evidence links, edit and delete. */
export function ResearchNotePage() {
  const { id } = useItemIdParam();
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const links = useResearchLinks();
  const note = useAsyncRetry(
    async () => (id === undefined ? undefined : api.getResearchNote(id)),
    [api, id],
  );
  return (
    <DetailPage
      back={{ to: links.log, label: t('research.open') }}
      loading={note.loading && !note.value}
      error={note.error}
      notFound={{ title: t('research.note.notFound') }}
    >
      {note.value && (
        <Grid item xs={12}>
          <NoteWithActions note={note.value} onChanged={note.retry} />
        </Grid>
      )}
    </DetailPage>
  );
}

function NoteWithActions(props: { note: ResearchNote; onChanged: () => void }) {
  const { note, onChanged } = props;
  const api = useApi(platformProductApiRef);
  const alertApi = useApi(alertApiRef);
  const navigate = useNavigate();
  const links = useResearchLinks();
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { allowed: canDelete } = usePermission({
    permission: researchWritePermission,
  });
  const { allowed: canLink } = usePermission({
    permission: roadmapUpdatePermission,
  });
  const [dialog, setDialog] = useState<'edit' | 'delete'>();
  const done = (message: string) =>
    alertApi.post({ message, severity: 'success', display: 'transient' });
  const actions = (
    <Box display="flex">
      <Button color="primary" onClick={() => setDialog('edit')}>
        {t('research.note.edit')}
      </Button>
      {canDelete && (
        <Button onClick={() => setDialog('delete')}>
          {t('research.note.delete')}
        </Button>
      )}
    </Box>
  );
  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={8}>
        <ResearchNoteView note={note} action={actions} />
      </Grid>
      <Grid item xs={12} md={4}>
        <ResearchEvidenceCard note={note} canLink={canLink} />
      </Grid>
      {dialog === 'edit' && (
        <ResearchNoteEditor
          note={note}
          onClose={() => setDialog(undefined)}
          onReload={onChanged}
          onSaved={() => {
            setDialog(undefined);
            done(t('research.note.saved'));
            onChanged();
          }}
        />
      )}
      {dialog === 'delete' && (
        <ConfirmDialog
          title={t('research.note.delete')}
          confirmLabel={t('research.note.delete')}
          onClose={() => setDialog(undefined)}
          onConfirm={async () => {
            await api.deleteResearchNote(note.id);
            done(t('research.note.deleted'));
            navigate(links.log);
          }}
        >
          {t('research.note.deleteConfirm', { title: note.title })}
        </ConfirmDialog>
      )}
    </Grid>
  );
}
