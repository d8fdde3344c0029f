import { Box } from '@material-ui/core';
import { Route, Routes } from 'react-router-dom';
import { ResearchLog, ResearchLogLink, ResearchNotePage } from '../Research';
import { SurveyResultsPage, SurveysCard } from '../Surveys';
import { FeedbackInbox } from './FeedbackInbox';
import { FeedbackItemPage } from './FeedbackItemPage';

/**
 * The Feedback tab: the inbox and the surveys (`/feedback`), one page per item
 * (`/feedback/:id`), the results of each survey (`/feedback/surveys/:id`) and the research log
 * (`/feedback/research`, one page per note at `/feedback/research/:id`).
 */
export function FeedbackTab() {
  return (
    <Routes>
      <Route
        index
        element={
          <>
            <ResearchLogLink />
            <FeedbackInbox />
            <Box mt={4}>
              <SurveysCard />
            </Box>
          </>
        }
      />
      <Route path=":id" element={<FeedbackItemPage />} />
      <Route path="surveys/:id" element={<SurveyResultsPage />} />
      <Route path="research" element={<ResearchLog />} />
      <Route path="research/:id" element={<ResearchNotePage />} />
    </Routes>
  );
}
