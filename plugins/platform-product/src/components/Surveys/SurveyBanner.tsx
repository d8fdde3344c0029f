import { useId, useState } from 'react';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  Box,
  Button,
  Dialog,
  DialogContent,
  DialogTitle,
  IconButton,
} from '@material-ui/core';
import CloseIcon from '@material-ui/icons/Close';
import Alert from '@material-ui/lab/Alert';
import { feedbackCreatePermission } from 'backstage-plugin-platform-product-common';
import useAsync from 'react-use/esm/useAsync';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { SurveyAnswerForm } from './SurveyAnswerForm';
import { useDismissedSurveys } from './useDismissedSurveys';

/**
 * Invites the user to an open survey they have neither answered nor dismissed; answering
 * happens in a dialog. Renders nothing while loading, on error, or with nothing to answer.
 */
export function SurveyBanner() {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const api = useApi(platformProductApiRef);
  const alertApi = useApi(alertApiRef);
  const titleId = useId();
  const { allowed } = usePermission({ permission: feedbackCreatePermission });
  const dismissed = useDismissedSurveys();
  const [answeredIds, setAnsweredIds] = useState<number[]>([]);
  const [answering, setAnswering] = useState(false);
  const { value: prompts } = useAsync(
    async () => (allowed ? api.getSurveyPrompts() : []),
    [api, allowed],
  );

  const prompt = prompts?.find(
    ({ survey, mine }) =>
      !mine &&
      !dismissed.ids.includes(survey.id) &&
      !answeredIds.includes(survey.id),
  );
  if (!dismissed.ready || !prompt) {
    return null;
  }
  const { survey } = prompt;

  return (
    <Box mb={3}>
      <Alert
        severity="info"
        role="status"
        action={
          <>
            <Button
              color="inherit"
              size="small"
              onClick={() => setAnswering(true)}
            >
              {t('surveys.banner.answer')}
            </Button>
            <IconButton
              aria-label={t('surveys.banner.dismiss')}
              title={t('surveys.banner.dismissTitle')}
              color="inherit"
              size="small"
              onClick={() => dismissed.dismiss(survey.id)}
            >
              <CloseIcon fontSize="small" />
            </IconButton>
          </>
        }
      >
        {t('surveys.banner.text', { title: survey.title })}
      </Alert>
      <Dialog
        open={answering}
        onClose={() => setAnswering(false)}
        aria-labelledby={titleId}
        fullWidth
        maxWidth="sm"
      >
        <DialogTitle id={titleId}>{survey.title}</DialogTitle>
        <DialogContent>
          <Box pb={2}>
            <SurveyAnswerForm
              survey={survey}
              onCancel={() => setAnswering(false)}
              onAnswered={() => {
                setAnswering(false);
                setAnsweredIds(ids => [...ids, survey.id]);
                alertApi.post({
                  message: t('surveys.banner.thanks'),
                  severity: 'success',
                  display: 'transient',
                });
              }}
            />
          </Box>
        </DialogContent>
      </Dialog>
    </Box>
  );
}
