import { useId, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { TextField } from '@material-ui/core';
import { Nomination } from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { FormDialog } from '../shared/FormDialog';
import { REASON_MAX_LENGTH } from './nominationForm';

/** Declines a nomination, saying why: the nominee and the nominator are told. */
export function DeclineDialog(props: {
  nomination: Nomination;
  onClose: () => void;
  onDeclined: () => void;
}) {
  const { nomination, onDeclined } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  const api = useApi(platformProductApiRef);
  const id = useId();
  const [reason, setReason] = useState('');
  const missing = !reason.trim();

  return (
    <FormDialog
      title={t('champions.nominations.declineTitle')}
      submitLabel={t('champions.nominations.declineTitle')}
      canSubmit={!missing}
      onSubmit={async () => {
        await api.declineNomination(nomination.id, reason.trim());
        onDeclined();
      }}
      onClose={props.onClose}
    >
      <TextField
        id={`${id}-reason`}
        label={t('champions.fields.reason')}
        value={reason}
        onChange={e => setReason(e.target.value)}
        helperText={
          missing
            ? t('champions.reasonRequired')
            : t('champions.nominations.declineHelp')
        }
        inputProps={{ maxLength: REASON_MAX_LENGTH }}
        required
        multiline
        minRows={3}
        fullWidth
        margin="normal"
        variant="outlined"
      />
    </FormDialog>
  );
}
