import { useId, useState } from 'react';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { TextField } from '@material-ui/core';
import {
  ChampionActivityType,
  championActivityTypes,
} from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { FormDialog } from '../Roadmap/FormDialog';
import { activityLabels, today } from './format';

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
  const api = useApi(platformProductApiRef);
  const alertApi = useApi(alertApiRef);
  const id = useId();
  const [type, setType] = useState<ChampionActivityType>('demo');
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');

  return (
    <FormDialog
      title="Log activity"
      submitLabel="Log activity"
      canSubmit={!!date}
      onSubmit={async () => {
        await api.logChampionActivity({
          type,
          date,
          note: note.trim() || undefined,
        });
        alertApi.post({
          message: 'Activity logged',
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
        label="Activity"
        value={type}
        onChange={e => setType(e.target.value as ChampionActivityType)}
        select
        SelectProps={{ native: true }}
        required
      >
        {championActivityTypes.map(t => (
          <option key={t} value={t}>
            {activityLabels[t]}
          </option>
        ))}
      </TextField>
      <TextField
        {...field}
        id={`${id}-date`}
        label="Date"
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
        label="Note"
        value={note}
        onChange={e => setNote(e.target.value)}
        helperText={`Optional · ${note.length}/${NOTE_MAX_LENGTH}`}
        inputProps={{ maxLength: NOTE_MAX_LENGTH }}
        multiline
        minRows={2}
      />
    </FormDialog>
  );
}
