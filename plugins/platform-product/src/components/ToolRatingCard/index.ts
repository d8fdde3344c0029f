export { ToolRatingCard } from './ToolRatingCard';
