import { FormEvent, useId, useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@material-ui/core';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { FeedbackItem } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import {
  FeedbackItemOption,
  FeedbackItemPicker,
  useFeedbackOption,
} from '../shared/FeedbackItemPicker';
import { SimilarFeedback } from './SimilarFeedback';

/**
 * Marks an item as a duplicate of another, after saying what that does. The original is
 * picked by title among the tool's items, or from the items with similar titles.
 */
export function MergeDialog(props: {
  item: FeedbackItem;
  busy: boolean;
  /** The server's word on the original item, e.g. that it does not exist. */
  fieldError?: string;
  onCancel: () => void;
  onMerge: (original: FeedbackItemOption) => void;
}) {
  const { item, busy, fieldError } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  const id = useId();
  const option = useFeedbackOption();
  const [original, setOriginal] = useState<FeedbackItemOption>();
  const [submitted, setSubmitted] = useState(false);
  const missing = submitted && !original;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (original) {
      props.onMerge(original);
    }
  };

  return (
    <Dialog
      open
      onClose={props.onCancel}
      aria-labelledby="feedback-merge-title"
      aria-describedby="feedback-merge-description"
      fullWidth
      maxWidth="sm"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id="feedback-merge-title">
          {t('feedback.mergeDialog.title', { title: item.title })}
        </DialogTitle>
        <DialogContent>
          <DialogContentText id="feedback-merge-description">
            {t('feedback.mergeDialog.description', { title: item.title })}
          </DialogContentText>
          <FeedbackItemPicker
            id={`${id}-into`}
            label={t('feedback.mergeDialog.field')}
            toolRef={item.toolRef}
            excludeId={item.id}
            required
            value={original}
            onChange={setOriginal}
            error={missing || !!fieldError}
            helperText={
              (missing && t('feedback.mergeDialog.errors.required')) ||
              fieldError ||
              t('feedback.mergeDialog.help')
            }
          />
          <SimilarFeedback
            toolRef={item.toolRef}
            title={item.title}
            excludeId={item.id}
            action={similar => (
              <Button
                size="small"
                onClick={() => setOriginal(option(similar))}
                aria-label={t('feedback.mergeDialog.pickLabel', {
                  title: similar.title,
                })}
              >
                {t('feedback.mergeDialog.pick')}
              </Button>
            )}
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
