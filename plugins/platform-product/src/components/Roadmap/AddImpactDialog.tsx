import { useId, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { TextField } from '@material-ui/core';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { FormDialog } from '../shared/FormDialog';

/** Adds an impact to an actor: the change in their behaviour that serves the goal. */
export function AddImpactDialog(props: {
  actorId: number;
  actorName: string;
  onClose: () => void;
  onAdded: () => void;
}) {
  const { actorId, onAdded } = props;
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const id = useId();
  const [title, setTitle] = useState('');

  return (
    <FormDialog
      title={t('roadmap.impactMap.impactDialog.title', {
        name: props.actorName,
      })}
      submitLabel={t('roadmap.impactMap.addImpact')}
      canSubmit={!!title.trim()}
      onSubmit={async () => {
        await api.addGoalImpact(actorId, title.trim());
        onAdded();
      }}
      onClose={props.onClose}
    >
      <TextField
        id={`${id}-title`}
        label={t('roadmap.impactMap.impactDialog.impact')}
        value={title}
        onChange={e => setTitle(e.target.value)}
        helperText={t('roadmap.impactMap.impactDialog.help')}
        inputProps={{ maxLength: 200 }}
        required
        fullWidth
        margin="normal"
        variant="outlined"
      />
    </FormDialog>
  );
}
