export { SurveyAnswerForm } from './SurveyAnswerForm';
export type { SurveyAnswerFormProps } from './SurveyAnswerForm';
export { SurveyBanner } from './SurveyBanner';
export {
  EntitySurveyPromptCard,
  SurveyPromptCard,
  SurveyPrompts,
} from './SurveyPromptCard';
export type { SurveyPromptCardProps } from './SurveyPromptCard';
export { SurveyResultsPage } from './SurveyResultsPage';
export { SurveysCard } from './SurveysCard';
