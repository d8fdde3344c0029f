import { FormEvent, useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
} from '@material-ui/core';
import { FeedbackItem } from 'backstage-plugin-platform-product-common';

function validate(item: FeedbackItem, value: string): string | undefined {
  if (!/^[1-9]\d*$/.test(value)) {
    return 'Enter the id of the original item';
  }
  return Number(value) === item.id
    ? 'An item cannot be merged into itself'
    : undefined;
}

/** Marks an item as a duplicate of another, after saying what that does. */
export function MergeDialog(props: {
  item: FeedbackItem;
  busy: boolean;
  onCancel: () => void;
  onMerge: (intoId: number) => void;
}) {
  const { item, busy } = props;
  const [value, setValue] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const error = submitted ? validate(item, value) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!validate(item, value)) {
      props.onMerge(Number(value));
    }
  };

  return (
    <Dialog
      open
      onClose={props.onCancel}
      aria-labelledby="feedback-merge-title"
      aria-describedby="feedback-merge-description"
      fullWidth
      maxWidth="xs"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id="feedback-merge-title">
          Merge #{item.id} into another item
        </DialogTitle>
        <DialogContent>
          <DialogContentText id="feedback-merge-description">
            Use this when “{item.title}” duplicates an earlier item. Its +1s
            move to the original, it is closed as merged, and the people who
            +1’d it are told. This cannot be undone.
          </DialogContentText>
          <TextField
            id="feedback-merge-into"
            label="Original item id"
            type="number"
            value={value}
            onChange={event => setValue(event.target.value)}
            error={!!error}
            helperText={error}
            inputProps={{ min: 1, step: 1 }}
            required
            fullWidth
            variant="outlined"
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
            Merge
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
