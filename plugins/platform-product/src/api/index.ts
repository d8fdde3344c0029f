export { platformProductApiRef } from './PlatformProductApi';
export type { PlatformProductApi } from './PlatformProductApi';
export { PlatformProductClient } from './PlatformProductClient';
export { usePermissionSetup } from './usePermissionSetup';
export type { KeysetPageRequest, PageRequest } from './PlatformProductApi';
