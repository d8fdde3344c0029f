import { useId, useState } from 'react';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { TextField } from '@material-ui/core';
import {
  ChampionActivityType,
  championActivityTypes,
} from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { FormDialog } from '../shared/FormDialog';
import { today } from './format';

const NOTE_MAX_LENGTH = 1000;
const field = {
  fullWidth: true,
  margin: 'normal',
  variant: 'outlined',
} as const;

/** A champion records something they did: a demo, office hours, … Open while mounted. */
export function LogActivityDialog(props: {
  onClose: () => void;
  onLogged: () => void;
}) {
  const { onLogged } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  const api = useApi(platformProductApiRef);
  const alertApi = useApi(alertApiRef);
  const id = useId();
  const [type, setType] = useState<ChampionActivityType>('demo');
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');

  return (
    <FormDialog
      title={t('champions.activity.log')}
      submitLabel={t('champions.activity.log')}
      canSubmit={!!date}
      onSubmit={async () => {
        await api.logChampionActivity({
          type,
          date,
          note: note.trim() || undefined,
        });
        alertApi.post({
          message: t('champions.activity.logged'),
          severity: 'success',
          display: 'transient',
        });
        onLogged();
      }}
      onClose={props.onClose}
    >
      <TextField
        {...field}
        id={`${id}-type`}
        label={t('champions.activity.type')}
        value={type}
        onChange={e => setType(e.target.value as ChampionActivityType)}
        select
        SelectProps={{ native: true }}
        required
      >
        {championActivityTypes.map(activityType => (
          <option key={activityType} value={activityType}>
            {t(`champions.activity.types.${activityType}`)}
          </option>
        ))}
      </TextField>
      <TextField
        {...field}
        id={`${id}-date`}
        label={t('champions.activity.date')}
        type="date"
        value={date}
        onChange={e => setDate(e.target.value)}
        InputLabelProps={{ shrink: true }}
        inputProps={{ max: today() }}
        required
      />
      <TextField
        {...field}
        id={`${id}-note`}
        label={t('champions.activity.note')}
        value={note}
        onChange={e => setNote(e.target.value)}
        helperText={t('champions.activity.noteHelp', {
          length: String(note.length),
          max: String(NOTE_MAX_LENGTH),
        })}
        inputProps={{ maxLength: NOTE_MAX_LENGTH }}
        multiline
        minRows={2}
      />
    </FormDialog>
  );
}
