export { FeedbackTab } from './FeedbackTab';
export { SendFeedbackButton } from './SendFeedbackButton';
export { useFeedbackLinks } from './links';
