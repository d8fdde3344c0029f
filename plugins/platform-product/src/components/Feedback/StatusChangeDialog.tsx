import { FormEvent, useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
} from '@material-ui/core';
import { FeedbackStatusInput } from 'backstage-plugin-platform-product-common';

/** The statuses that ask for something before an item moves to them. */
export type DetailedStatus = 'planned' | 'shipped' | 'declined';

const forms: Record<
  DetailedStatus,
  { title: string; label: string; help: string; confirm: string }
> = {
  planned: {
    title: 'Plan this feedback',
    label: 'Roadmap item id',
    help: 'Optional: the roadmap item that delivers it.',
    confirm: 'Move to planned',
  },
  shipped: {
    title: 'Mark as shipped',
    label: 'Changelog entry id',
    help: 'Optional: the changelog entry that announces it.',
    confirm: 'Mark shipped',
  },
  declined: {
    title: 'Decline this feedback',
    label: 'Reason',
    help: 'Required. The author and everyone who +1’d it will read it.',
    confirm: 'Decline',
  },
};

const isId = (value: string) => /^[1-9]\d*$/.test(value);

function validate(status: DetailedStatus, value: string): string | undefined {
  if (status === 'declined') {
    return value.trim() ? undefined : 'A reason is required';
  }
  return !value || isId(value) ? undefined : 'Must be a positive whole number';
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
  const form = forms[status];
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
        <DialogTitle id="feedback-status-title">{form.title}</DialogTitle>
        <DialogContent>
          <TextField
            id="feedback-status-field"
            label={form.label}
            value={value}
            onChange={event => setValue(event.target.value)}
            error={!!error}
            helperText={error ?? form.help}
            required={status === 'declined'}
            fullWidth
            variant="outlined"
            {...(status === 'declined'
              ? { multiline: true, minRows: 3, inputProps: { maxLength: 2000 } }
              : { type: 'number', inputProps: { min: 1, step: 1 } })}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={props.onCancel}>Cancel</Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={busy}
          >
            {form.confirm}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
