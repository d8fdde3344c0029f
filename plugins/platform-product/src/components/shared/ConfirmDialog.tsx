import { ReactNode } from 'react';
import { DialogContentText } from '@material-ui/core';
import { FormDialog } from './FormDialog';

/** Asks before something that cannot be undone, e.g. a delete. Open while mounted. */
export function ConfirmDialog(props: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}) {
  return (
    <FormDialog
      title={props.title}
      submitLabel={props.confirmLabel}
      onSubmit={props.onConfirm}
      onClose={props.onClose}
    >
      <DialogContentText>{props.children}</DialogContentText>
    </FormDialog>
  );
}
