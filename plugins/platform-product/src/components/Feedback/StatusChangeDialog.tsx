import { FormEvent, useState } from 'react';
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
} from '@material-ui/core';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Alert from '@material-ui/lab/Alert';
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

/** A status change as the dialog asks for it; the caller adds the status the item had. */
export type StatusStep = Omit<FeedbackStatusInput, 'expectedStatus'>;

/** The field of the request that the dialog's one input fills. */
export const stepField: Record<DetailedStatus, keyof StatusStep> = {
  planned: 'roadmapItemId',
  shipped: 'changelogEntryId',
  declined: 'reason',
};

function inputOf(status: DetailedStatus, value: string): StatusStep {
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

/**
 * Asks for the roadmap item, changelog entry or reason that goes with a status change. The
 * server's word on the field (`fieldError`) shows under it; `notice` says what changed when
 * someone else triaged the item meanwhile, and what was typed stays.
 */
export function StatusChangeDialog(props: {
  status: DetailedStatus;
  busy: boolean;
  fieldError?: string;
  notice?: string;
  onCancel: () => void;
  onSubmit: (input: StatusStep) => void;
}) {
  const { status, busy, fieldError, notice } = props;
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
          {notice && (
            <Box mb={2}>
              <Alert severity="warning">{notice}</Alert>
            </Box>
          )}
          <TextField
            id="feedback-status-field"
            label={t(`feedback.statusDialog.${status}.label`)}
            value={value}
            onChange={event => setValue(event.target.value)}
            error={!!error || !!fieldError}
            helperText={
              (error && t(`feedback.statusDialog.errors.${error}`)) ||
              fieldError ||
              t(`feedback.statusDialog.${status}.help`)
            }
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
