import { useId, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { TextField } from '@material-ui/core';
import { Nomination } from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { FormDialog } from '../Roadmap/FormDialog';
import { REASON_MAX_LENGTH } from './nominationForm';

/** Declines a nomination, saying why: the nominee and the nominator are told. */
export function DeclineDialog(props: {
  nomination: Nomination;
  onClose: () => void;
  onDeclined: () => void;
}) {
  const { nomination, onDeclined } = props;
  const api = useApi(platformProductApiRef);
  const id = useId();
  const [reason, setReason] = useState('');
  const missing = !reason.trim();

  return (
    <FormDialog
      title="Decline nomination"
      submitLabel="Decline nomination"
      canSubmit={!missing}
      onSubmit={async () => {
        await api.declineNomination(nomination.id, reason.trim());
        onDeclined();
      }}
      onClose={props.onClose}
    >
      <TextField
        id={`${id}-reason`}
        label="Reason"
        value={reason}
        onChange={e => setReason(e.target.value)}
        helperText={
          missing
            ? 'A reason is required'
            : 'The nominee and whoever nominated them read it.'
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
