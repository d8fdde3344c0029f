import { useState } from 'react';
import { Box, Button, Typography } from '@material-ui/core';
import { SurveyPrompt } from 'backstage-plugin-platform-product-common';
import { formatDateTime } from './format';
import { SurveyAnswerForm } from './SurveyAnswerForm';

/** One open survey in the prompt card: the form, or a thank-you once answered. */
export function PromptAnswer(props: { prompt: SurveyPrompt }) {
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
            Thanks, you answered (score {mine.score}). You can change your
            answer until {formatDateTime(survey.closesAt)}.
          </Typography>
          <Button variant="outlined" onClick={() => setEditing(true)}>
            Change answer
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
