import { useState } from 'react';
import { Box, Button, Typography } from '@material-ui/core';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { SurveyPrompt } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';
import { formatDateTime } from '../shared/format';
import { SurveyAnswerForm } from './SurveyAnswerForm';

/** One open survey in the prompt card: the form, or a thank-you once answered. */
export function PromptAnswer(props: { prompt: SurveyPrompt }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  const [{ survey, mine }, setPrompt] = useState(props.prompt);
  const [editing, setEditing] = useState(false);

  return (
    <Box component="section" aria-label={survey.title} py={1}>
      <Typography variant="h6" component="h3" gutterBottom>
        {survey.title}
      </Typography>
      {mine && !editing ? (
        <>
          <Typography variant="body2" paragraph>
            {t('surveys.prompt.answered', {
              score: String(mine.score),
              closesAt: formatDateTime(survey.closesAt),
            })}
          </Typography>
          <Button variant="outlined" onClick={() => setEditing(true)}>
            {t('surveys.prompt.change')}
          </Button>
        </>
      ) : (
        <SurveyAnswerForm
          survey={survey}
          mine={mine}
          onCancel={mine ? () => setEditing(false) : undefined}
          onAnswered={answered => {
            setPrompt(answered);
            setEditing(false);
          }}
        />
      )}
    </Box>
  );
}
