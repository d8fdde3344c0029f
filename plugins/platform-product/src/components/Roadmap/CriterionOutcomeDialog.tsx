import { useId, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import {
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  TextField,
} from '@material-ui/core';
import {
  RoadmapItemDetail,
  SuccessCriterion,
} from 'backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../../api';
import { FormDialog } from './FormDialog';
import { outcomeLabels } from './OutcomeChip';

type Outcome = SuccessCriterion['outcome'];

/** How a success criterion turned out: met, missed or still pending, with a note. */
export function CriterionOutcomeDialog(props: {
  criterion: SuccessCriterion;
  onClose: () => void;
  onSaved: (item: RoadmapItemDetail) => void;
}) {
  const { criterion, onSaved } = props;
  const api = useApi(platformProductApiRef);
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome>(criterion.outcome);
  const [note, setNote] = useState(criterion.note ?? '');

  return (
    <FormDialog
      title={`Outcome of “${criterion.metric}”`}
      submitLabel="Save outcome"
      onSubmit={async () =>
        onSaved(
          await api.setCriterionOutcome(criterion.id, {
            outcome,
            note: note.trim() || undefined,
          }),
        )
      }
      onClose={props.onClose}
    >
      <FormControl component="fieldset" margin="normal">
        <FormLabel component="legend">
          Target: {criterion.target}. Was it met?
        </FormLabel>
        <RadioGroup
          row
          value={outcome}
          onChange={e => setOutcome(e.target.value as Outcome)}
        >
          {(['met', 'missed', 'pending'] as const).map(value => (
            <FormControlLabel
              key={value}
              value={value}
              control={<Radio />}
              label={outcomeLabels[value]}
            />
          ))}
        </RadioGroup>
      </FormControl>
      <TextField
        id={`${id}-note`}
        label="Note (optional)"
        value={note}
        onChange={e => setNote(e.target.value)}
        helperText="What was measured, e.g. “p50 build time 4 min 10 s”"
        inputProps={{ maxLength: 2000 }}
        multiline
        minRows={2}
        fullWidth
        variant="outlined"
      />
    </FormDialog>
  );
}
