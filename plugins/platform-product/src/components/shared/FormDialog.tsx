import { FormEvent, ReactNode, useId, useState } from 'react';
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
} from '@material-ui/core';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { platformProductTranslationRef } from '../../translation';
import { showsAllFieldErrors } from './fieldErrors';
import Alert from '@material-ui/lab/Alert';
import { ActionError } from './ActionError';

/**
 * A dialog around a form: title, fields, Cancel and a submit button. `onSubmit` runs the
 * change; while it runs the dialog is busy, and if it fails the server's message is shown
 * above the buttons (with "Reload" after a conflict) and the input is kept. Open while mounted.
 */
export function FormDialog(props: {
  title: ReactNode;
  submitLabel: string;
  /** False while the form cannot be sent, e.g. a required field is empty. */
  canSubmit?: boolean;
  /** Checks the input and runs the change; the caller unmounts the dialog when it is done. */
  onSubmit: () => Promise<unknown>;
  onClose: () => void;
  /** Reloads what the dialog changes, offered after a conflict. */
  onReload?: () => void;
  /**
   * The request's fields that the form shows the server's 400 message for, next to the field
   * (see `useFieldErrors`): such an error is not repeated above the buttons.
   */
  fields?: string[];
  /** The fields someone else changed since the dialog opened (see `useChangedMeanwhile`). */
  changedMeanwhile?: string[];
  maxWidth?: 'xs' | 'sm' | 'md';
  children: ReactNode;
}) {
  const { onClose, onReload } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  const id = useId();
  const [{ loading: busy, error }, submit] = useAsyncFn(props.onSubmit, [
    props.onSubmit,
  ]);
  // The error the reader reloaded after: no longer shown.
  const [reloaded, setReloaded] = useState<unknown>();

  const send = (event: FormEvent) => {
    event.preventDefault();
    submit();
  };

  return (
    <Dialog
      open
      onClose={busy ? undefined : onClose}
      aria-labelledby={`${id}-title`}
      fullWidth
      maxWidth={props.maxWidth ?? 'xs'}
    >
      <form onSubmit={send} noValidate>
        <DialogTitle id={`${id}-title`}>{props.title}</DialogTitle>
        <DialogContent>
          {!!props.changedMeanwhile?.length && (
            <Alert severity="warning">
              {t('roadmap.generic.changedMeanwhile', {
                fields: props.changedMeanwhile.join(', '),
              })}
            </Alert>
          )}
          {props.children}
          {error &&
            error !== reloaded &&
            !showsAllFieldErrors(error, props.fields ?? []) && (
              <Box mt={2}>
                <ActionError
                  error={error}
                  onReload={
                    onReload &&
                    (() => {
                      setReloaded(error);
                      onReload();
                    })
                  }
                />
              </Box>
            )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            {t('roadmap.generic.cancel')}
          </Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={busy || props.canSubmit === false}
          >
            {props.submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
