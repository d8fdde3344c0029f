import { useId, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { TextField } from '@material-ui/core';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { FormDialog } from '../shared/FormDialog';

/** Adds a goal to the impact map: the business outcome the roadmap serves. */
export function AddGoalDialog(props: {
  onClose: () => void;
  onAdded: () => void;
}) {
  const { onAdded } = props;
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const id = useId();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');

  return (
    <FormDialog
      title={t('roadmap.impactMap.goalDialog.title')}
      submitLabel={t('roadmap.impactMap.addGoal')}
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
        label={t('roadmap.impactMap.goalDialog.goal')}
        value={title}
        onChange={e => setTitle(e.target.value)}
        helperText={t('roadmap.impactMap.goalDialog.goalHelp')}
        inputProps={{ maxLength: 200 }}
        required
        fullWidth
        margin="normal"
        variant="outlined"
      />
      <TextField
        id={`${id}-description`}
        label={t('roadmap.impactMap.goalDialog.description')}
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
