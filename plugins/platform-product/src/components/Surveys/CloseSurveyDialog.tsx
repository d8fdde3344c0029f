import { useId } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import { Survey } from 'backstage-plugin-platform-product-common';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { errorMessage } from '../shared/errorMessage';

/** Asks for confirmation, then closes a survey now. Open while mounted. */
export function CloseSurveyDialog(props: {
  survey: Survey;
  onClose: () => void;
  onClosed: (survey: Survey) => void;
}) {
  const { survey, onClose, onClosed } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  const api = useApi(platformProductApiRef);
  const id = useId();
  const [{ loading: busy, error }, closeSurvey] = useAsyncFn(
    async () => onClosed(await api.closeSurvey(survey.id)),
    [api, survey.id, onClosed],
  );

  return (
    <Dialog
      open
      onClose={busy ? undefined : onClose}
      aria-labelledby={`${id}-title`}
    >
      <DialogTitle id={`${id}-title`}>
        {t('surveys.close.title', { title: survey.title })}
      </DialogTitle>
      <DialogContent>
        <DialogContentText>{t('surveys.close.text')}</DialogContentText>
        {error && (
          <Alert severity="error">
            {t('surveys.close.failed', { error: errorMessage(error) })}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {t('surveys.cancel')}
        </Button>
        <Button
          onClick={closeSurvey}
          variant="contained"
          color="primary"
          disabled={busy}
        >
          {t('surveys.close.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
