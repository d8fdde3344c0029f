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
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { FeedbackItem } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';

/** What is wrong with the id: `feedback.mergeDialog.errors.<error>`. */
function validate(
  item: FeedbackItem,
  value: string,
): 'notAnId' | 'self' | undefined {
  if (!/^[1-9]\d*$/.test(value)) {
    return 'notAnId';
  }
  return Number(value) === item.id ? 'self' : undefined;
}

/** Marks an item as a duplicate of another, after saying what that does. */
export function MergeDialog(props: {
  item: FeedbackItem;
  busy: boolean;
  /** The server's word on the original item, e.g. that it does not exist. */
  fieldError?: string;
  onCancel: () => void;
  onMerge: (intoId: number) => void;
}) {
  const { item, busy, fieldError } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
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
          {t('feedback.mergeDialog.title', { id: String(item.id) })}
        </DialogTitle>
        <DialogContent>
          <DialogContentText id="feedback-merge-description">
            {t('feedback.mergeDialog.description', { title: item.title })}
          </DialogContentText>
          <TextField
            id="feedback-merge-into"
            label={t('feedback.mergeDialog.field')}
            type="number"
            value={value}
            onChange={event => setValue(event.target.value)}
            error={!!error || !!fieldError}
            helperText={
              (error && t(`feedback.mergeDialog.errors.${error}`)) || fieldError
            }
            inputProps={{ min: 1, step: 1 }}
            required
            fullWidth
            variant="outlined"
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
            {t('feedback.mergeDialog.confirm')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
