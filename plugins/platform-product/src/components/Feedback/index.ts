export { FeedbackTab } from './FeedbackTab';
export { SendFeedbackButton } from './SendFeedbackButton';
