import { FormEvent, useId, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  FormHelperText,
  TextField,
  Typography,
} from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import {
  MySurveyResponse,
  Survey,
  SurveyPrompt,
  SurveyResponseInput,
} from 'backstage-plugin-platform-product-common';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { errorMessage } from '../shared/errorMessage';
import { ScoreScale } from './ScoreScale';

export interface SurveyAnswerFormProps {
  survey: Survey;
  /** The caller's current answer, if they gave one: the form starts from it. */
  mine?: MySurveyResponse;
  /** Called with the survey and the saved answer. */
  onAnswered?: (prompt: SurveyPrompt) => void;
  /** Shows a "Cancel" button next to the submit button. */
  onCancel?: () => void;
}

/** Answers an NPS survey: a 0–10 score, an optional reason, anonymous unless unticked. */
export function SurveyAnswerForm(props: SurveyAnswerFormProps) {
  const { survey, mine, onAnswered, onCancel } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  const api = useApi(platformProductApiRef);
  const id = useId();
  const [score, setScore] = useState<number | null>(mine?.score ?? null);
  const [reason, setReason] = useState(mine?.reason ?? '');
  const [anonymous, setAnonymous] = useState(mine?.anonymous ?? true);
  const [{ loading: busy, error }, answer] = useAsyncFn(
    async (input: SurveyResponseInput) => {
      const prompt = await api.answerSurvey(survey.id, input);
      onAnswered?.(prompt);
    },
    [api, survey.id, onAnswered],
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (score !== null) {
      answer({ score, reason: reason.trim() || undefined, anonymous });
    }
  };

  return (
    <form onSubmit={submit}>
      <Typography id={`${id}-question`} variant="subtitle1" gutterBottom>
        {survey.question}
      </Typography>
      <ScoreScale
        labelledBy={`${id}-question`}
        value={score}
        onChange={setScore}
        disabled={busy}
      />
      <TextField
        id={`${id}-reason`}
        label={t('surveys.answer.reason')}
        value={reason}
        onChange={event => setReason(event.target.value)}
        inputProps={{ maxLength: 2000 }}
        multiline
        minRows={2}
        fullWidth
        margin="normal"
        variant="outlined"
        disabled={busy}
      />
      <FormControlLabel
        control={
          <Checkbox
            checked={anonymous}
            onChange={event => setAnonymous(event.target.checked)}
            inputProps={{ 'aria-describedby': `${id}-anonymous` }}
            disabled={busy}
          />
        }
        label={t('surveys.answer.anonymous')}
      />
      <FormHelperText id={`${id}-anonymous`}>
        {anonymous
          ? t('surveys.answer.anonymousHelp')
          : t('surveys.answer.namedHelp')}
      </FormHelperText>
      {error && (
        <Box mt={2}>
          <Alert severity="error">
            {t('surveys.answer.failed', { error: errorMessage(error) })}
          </Alert>
        </Box>
      )}
      <Box display="flex" mt={2} style={{ gap: 8 }}>
        <Button
          type="submit"
          variant="contained"
          color="primary"
          disabled={busy || score === null}
        >
          {mine ? t('surveys.answer.update') : t('surveys.answer.send')}
        </Button>
        {onCancel && (
          <Button onClick={onCancel} disabled={busy}>
            {t('surveys.cancel')}
          </Button>
        )}
      </Box>
    </form>
  );
}
