import { useId, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
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
import { platformProductTranslationRef } from '../../translation';
import { FormDialog } from '../shared/FormDialog';

type Outcome = SuccessCriterion['outcome'];

/** How a success criterion turned out: met, missed or still pending, with a note. */
export function CriterionOutcomeDialog(props: {
  criterion: SuccessCriterion;
  onClose: () => void;
  onSaved: (item: RoadmapItemDetail) => void;
}) {
  const { criterion, onSaved } = props;
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome>(criterion.outcome);
  const [note, setNote] = useState(criterion.note ?? '');

  return (
    <FormDialog
      title={t('roadmap.outcome.title', { metric: criterion.metric })}
      submitLabel={t('roadmap.outcome.submit')}
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
          {t('roadmap.outcome.question', { target: criterion.target })}
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
              label={t(`roadmap.outcomes.${value}`)}
            />
          ))}
        </RadioGroup>
      </FormControl>
      <TextField
        id={`${id}-note`}
        label={t('roadmap.outcome.note')}
        value={note}
        onChange={e => setNote(e.target.value)}
        helperText={t('roadmap.outcome.noteHelp')}
        inputProps={{ maxLength: 2000 }}
        multiline
        minRows={2}
        fullWidth
        variant="outlined"
      />
    </FormDialog>
  );
}
