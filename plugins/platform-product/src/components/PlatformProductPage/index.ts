export { PlatformProductPage } from './PlatformProductPage';
