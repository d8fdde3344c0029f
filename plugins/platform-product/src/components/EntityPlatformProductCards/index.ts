export { EntityPlatformProductCards } from './EntityPlatformProductCards';
