export { ResearchLog } from './ResearchLog';
export { ResearchLogLink } from './ResearchLogLink';
export { ResearchNotePage } from './ResearchNotePage';
