/**
 * A ready-made permission policy for Platform Product, as a module of the permission backend.
 *
 * @packageDocumentation
 */
export { platformProductPermissionPolicyModule as default } from './module';
export {
  PlatformProductPermissionPolicy,
  type PlatformProductPermissionPolicyOptions,
} from './PlatformProductPermissionPolicy';
