import { useState } from 'react';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
} from '@material-ui/core';
import { digestPreviewPermission } from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { useTeams } from '../../hooks/useTeams';
import { platformProductTranslationRef } from '../../translation';
import { PersonOption, PersonPicker } from '../shared/PersonPicker';
import { DigestView } from './DigestView';

/**
 * For maintainers: pick a person and see their coming weekly digest as it stands now.
 */
export function DigestPreviewDialog(props: { onClose: () => void }) {
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const [person, setPerson] = useState<PersonOption>();
  const teams = useTeams();
  const preview = useAsync(
    async () => (person ? api.previewDigest(person.key) : undefined),
    [api, person],
  );
  return (
    <Dialog
      open
      onClose={props.onClose}
      aria-labelledby="digest-preview-title"
      fullWidth
      maxWidth="md"
    >
      <DialogTitle id="digest-preview-title">
        {t('digest.preview.title')}
      </DialogTitle>
      <DialogContent>
        <PersonPicker
          id="digest-preview-person"
          label={t('digest.preview.person')}
          helperText={t('digest.preview.personHelp')}
          teams={teams.value ?? []}
          value={person}
          onChange={setPerson}
        />
        {preview.loading && <Progress />}
        {preview.error && <ResponseErrorPanel error={preview.error} />}
        {preview.value && <DigestView digest={preview.value} />}
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>{t('digest.preview.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}

/** "Preview digest", for those allowed to preview anyone's digest. */
export function DigestPreviewButton() {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const { allowed } = usePermission({ permission: digestPreviewPermission });
  const [open, setOpen] = useState(false);
  if (!allowed) return null;
  return (
    <>
      <Button size="small" variant="outlined" onClick={() => setOpen(true)}>
        {t('digest.preview.button')}
      </Button>
      {open && <DigestPreviewDialog onClose={() => setOpen(false)} />}
    </>
  );
}
