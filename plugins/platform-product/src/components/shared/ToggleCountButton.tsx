import { ReactNode, useState } from 'react';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { Button } from '@material-ui/core';
import ThumbUpIcon from '@material-ui/icons/ThumbUpOutlined';
import { errorMessage } from './errorMessage';

/**
 * A toggle of the reader's own mark that shows a count (+1, vote, "Helpful"): pressed while the
 * mark is set, disabled while the change is sent, the failure posted as an alert.
 */
export function ToggleCountButton<T>(props: {
  pressed: boolean;
  /** The visible text, e.g. the count. */
  children: ReactNode;
  'aria-label'?: string;
  title?: string;
  disabled?: boolean;
  /** Sends the new state and resolves with the updated thing. */
  onToggle: (pressed: boolean) => Promise<T>;
  onToggled: (result: T) => void;
  /** The alert's text when sending failed. */
  failureMessage: (error: string) => string;
}) {
  const { pressed, onToggle, onToggled, failureMessage } = props;
  const alertApi = useApi(alertApiRef);
  const [busy, setBusy] = useState(false);

  const toggle = async () => {
    setBusy(true);
    try {
      onToggled(await onToggle(!pressed));
    } catch (e) {
      alertApi.post({
        message: failureMessage(errorMessage(e)),
        severity: 'error',
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button
      size="small"
      color="primary"
      variant={pressed ? 'contained' : 'outlined'}
      startIcon={<ThumbUpIcon />}
      aria-pressed={pressed}
      aria-label={props['aria-label']}
      title={props.title}
      disabled={busy || props.disabled}
      onClick={toggle}
    >
      {props.children}
    </Button>
  );
}
