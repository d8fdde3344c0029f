import { Box } from '@material-ui/core';
import { Route, Routes } from 'react-router-dom';
import { SurveyResultsPage, SurveysCard } from '../Surveys';
import { FeedbackInbox } from './FeedbackInbox';
import { FeedbackItemPage } from './FeedbackItemPage';

/**
 * The Feedback tab: the inbox and the surveys (`/feedback`), one page per item
 * (`/feedback/:id`) and the results of each survey (`/feedback/surveys/:id`).
 */
export function FeedbackTab() {
  return (
    <Routes>
      <Route
        index
        element={
          <>
            <FeedbackInbox />
            <Box mt={4}>
              <SurveysCard />
            </Box>
          </>
        }
      />
      <Route path=":id" element={<FeedbackItemPage />} />
      <Route path="surveys/:id" element={<SurveyResultsPage />} />
    </Routes>
  );
}
