export { PlaceholderTab } from './PlaceholderTab';
