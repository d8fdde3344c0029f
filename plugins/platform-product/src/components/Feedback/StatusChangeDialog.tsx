import { FormEvent, useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
} from '@material-ui/core';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { FeedbackStatusInput } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';

/** The statuses that ask for something before an item moves to them. */
export type DetailedStatus = 'planned' | 'shipped' | 'declined';

const isId = (value: string) => /^[1-9]\d*$/.test(value);

/** What is wrong with the value: `feedback.statusDialog.errors.<error>`. */
function validate(
  status: DetailedStatus,
  value: string,
): 'reasonRequired' | 'notAnId' | undefined {
  if (status === 'declined') {
    return value.trim() ? undefined : 'reasonRequired';
  }
  return !value || isId(value) ? undefined : 'notAnId';
}

function inputOf(status: DetailedStatus, value: string): FeedbackStatusInput {
  const id = value ? Number(value) : undefined;
  switch (status) {
    case 'planned':
      return { status, roadmapItemId: id };
    case 'shipped':
      return { status, changelogEntryId: id };
    default:
      return { status, reason: value.trim() };
  }
}

/** Asks for the roadmap item, changelog entry or reason that goes with a status change. */
export function StatusChangeDialog(props: {
  status: DetailedStatus;
  busy: boolean;
  onCancel: () => void;
  onSubmit: (input: FeedbackStatusInput) => void;
}) {
  const { status, busy } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  const [value, setValue] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const error = submitted ? validate(status, value) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!validate(status, value)) {
      props.onSubmit(inputOf(status, value));
    }
  };

  return (
    <Dialog
      open
      onClose={props.onCancel}
      aria-labelledby="feedback-status-title"
      fullWidth
      maxWidth="xs"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id="feedback-status-title">
          {t(`feedback.statusDialog.${status}.title`)}
        </DialogTitle>
        <DialogContent>
          <TextField
            id="feedback-status-field"
            label={t(`feedback.statusDialog.${status}.label`)}
            value={value}
            onChange={event => setValue(event.target.value)}
            error={!!error}
            helperText={t(
              error
                ? `feedback.statusDialog.errors.${error}`
                : `feedback.statusDialog.${status}.help`,
            )}
            required={status === 'declined'}
            fullWidth
            variant="outlined"
            {...(status === 'declined'
              ? { multiline: true, minRows: 3, inputProps: { maxLength: 2000 } }
              : { type: 'number', inputProps: { min: 1, step: 1 } })}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={props.onCancel}>{t('feedback.cancel')}</Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={busy}
          >
            {t(`feedback.statusDialog.${status}.confirm`)}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
