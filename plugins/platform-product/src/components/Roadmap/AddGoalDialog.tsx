import { useId, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { TextField } from '@material-ui/core';
import { platformProductApiRef } from '../../api';
import { FormDialog } from './FormDialog';

/** Adds a goal to the impact map: the business outcome the roadmap serves. */
export function AddGoalDialog(props: {
  onClose: () => void;
  onAdded: () => void;
}) {
  const { onAdded } = props;
  const api = useApi(platformProductApiRef);
  const id = useId();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');

  return (
    <FormDialog
      title="Add a goal"
      submitLabel="Add goal"
      canSubmit={!!title.trim()}
      onSubmit={async () => {
        await api.createGoal({
          title: title.trim(),
          description: description.trim() || undefined,
        });
        onAdded();
      }}
      onClose={props.onClose}
      maxWidth="sm"
    >
      <TextField
        id={`${id}-title`}
        label="Goal"
        value={title}
        onChange={e => setTitle(e.target.value)}
        helperText="Why: the outcome you want, e.g. “Halve the time to first deploy”"
        inputProps={{ maxLength: 200 }}
        required
        fullWidth
        margin="normal"
        variant="outlined"
      />
      <TextField
        id={`${id}-description`}
        label="Description (optional)"
        value={description}
        onChange={e => setDescription(e.target.value)}
        inputProps={{ maxLength: 2000 }}
        multiline
        minRows={2}
        fullWidth
        margin="normal"
        variant="outlined"
      />
    </FormDialog>
  );
}
