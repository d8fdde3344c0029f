import { useId, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { TextField } from '@material-ui/core';
import { platformProductApiRef } from '../../api';
import { FormDialog } from './FormDialog';

/** Adds an impact to an actor: the change in their behaviour that serves the goal. */
export function AddImpactDialog(props: {
  actorId: number;
  actorName: string;
  onClose: () => void;
  onAdded: () => void;
}) {
  const { actorId, onAdded } = props;
  const api = useApi(platformProductApiRef);
  const id = useId();
  const [title, setTitle] = useState('');

  return (
    <FormDialog
      title={`Add an impact for ${props.actorName}`}
      submitLabel="Add impact"
      canSubmit={!!title.trim()}
      onSubmit={async () => {
        await api.addGoalImpact(actorId, title.trim());
        onAdded();
      }}
      onClose={props.onClose}
    >
      <TextField
        id={`${id}-title`}
        label="Impact"
        value={title}
        onChange={e => setTitle(e.target.value)}
        helperText="How their behaviour should change, e.g. “Deploy without a ticket”"
        inputProps={{ maxLength: 200 }}
        required
        fullWidth
        margin="normal"
        variant="outlined"
      />
    </FormDialog>
  );
}
