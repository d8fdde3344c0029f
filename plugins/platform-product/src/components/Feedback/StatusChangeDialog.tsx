import { FormEvent, useId, useState } from 'react';
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
import { ChangelogEntryPicker } from '../shared/ChangelogEntryPicker';
import { RoadmapItemPicker } from '../shared/RoadmapItemPicker';
import { PickerOption } from '../shared/SearchPicker';

/** The statuses that ask for something before an item moves to them. */
export type DetailedStatus = 'planned' | 'shipped' | 'declined';

/** What is wrong with the reason: `feedback.statusDialog.errors.<error>`. */
function validate(
  status: DetailedStatus,
  reason: string,
): 'reasonRequired' | undefined {
  return status === 'declined' && !reason.trim() ? 'reasonRequired' : undefined;
}

/** A status change as the dialog asks for it; the caller adds the status the item had. */
export type StatusStep = Omit<FeedbackStatusInput, 'expectedStatus'>;

/** The field of the request that the dialog's one input fills. */
export const stepField: Record<DetailedStatus, keyof StatusStep> = {
  planned: 'roadmapItemId',
  shipped: 'changelogEntryId',
  declined: 'reason',
};

function inputOf(
  status: DetailedStatus,
  reason: string,
  link?: PickerOption & { key: number },
): StatusStep {
  switch (status) {
    case 'planned':
      return { status, roadmapItemId: link?.key };
    case 'shipped':
      return { status, changelogEntryId: link?.key };
    default:
      return { status, reason: reason.trim() };
  }
}

/**
 * Asks for the roadmap item or changelog entry (picked by title) or the reason that goes with
 * a status change. The
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
  const id = useId();
  const [reason, setReason] = useState('');
  const [link, setLink] = useState<PickerOption & { key: number }>();
  const [submitted, setSubmitted] = useState(false);
  const error = submitted ? validate(status, reason) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!validate(status, reason)) {
      props.onSubmit(inputOf(status, reason, link));
    }
  };
  const picker = {
    id: `${id}-link`,
    label: t(`feedback.statusDialog.${status}.label`),
    error: !!fieldError,
    helperText: fieldError || t(`feedback.statusDialog.${status}.help`),
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
          {status === 'planned' && (
            <RoadmapItemPicker {...picker} value={link} onChange={setLink} />
          )}
          {status === 'shipped' && (
            <ChangelogEntryPicker {...picker} value={link} onChange={setLink} />
          )}
          {status === 'declined' && (
            <TextField
              id={`${id}-reason`}
              label={t('feedback.statusDialog.declined.label')}
              value={reason}
              onChange={event => setReason(event.target.value)}
              error={!!error || !!fieldError}
              helperText={
                (error && t(`feedback.statusDialog.errors.${error}`)) ||
                fieldError ||
                t('feedback.statusDialog.declined.help')
              }
              required
              fullWidth
              variant="outlined"
              multiline
              minRows={3}
              inputProps={{ maxLength: 2000 }}
            />
          )}
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
