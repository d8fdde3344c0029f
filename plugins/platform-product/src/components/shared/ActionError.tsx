import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Button } from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import { platformProductTranslationRef } from '../../translation';
import { errorMessage, isConflict } from './errorMessage';

/**
 * Why a change failed, in the server's words. After a conflict it offers "Reload": the change
 * is never retried over someone else's, the reader looks at the current state first.
 */
export function ActionError(props: { error: unknown; onReload?: () => void }) {
  const { error, onReload } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (
    <Alert
      severity="error"
      action={
        isConflict(error) && onReload ? (
          <Button color="inherit" size="small" onClick={onReload}>
            {t('roadmap.generic.reload')}
          </Button>
        ) : undefined
      }
    >
      {errorMessage(error)}
    </Alert>
  );
}
