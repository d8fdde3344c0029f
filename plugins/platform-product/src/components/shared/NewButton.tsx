import { ReactNode, useState } from 'react';
import { Button } from '@material-ui/core';
import AddIcon from '@material-ui/icons/Add';

/**
 * A "New …" button that opens an editor: the caller's dialog, rendered while open, closes it
 * with `close` (when cancelled or saved). Render it only for those who may create.
 */
export function NewButton(props: {
  /** The button's text, e.g. "New item". */
  children: ReactNode;
  dialog: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="contained"
        color="primary"
        startIcon={<AddIcon />}
        onClick={() => setOpen(true)}
      >
        {props.children}
      </Button>
      {open && props.dialog(() => setOpen(false))}
    </>
  );
}
