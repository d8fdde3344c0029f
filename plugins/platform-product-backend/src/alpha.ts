/**
 * Alpha API of the Platform Product backend: seeding its database from a backend module.
 *
 * @packageDocumentation
 */
export {
  platformProductSeedExtensionPoint,
  type PlatformProductSeedContext,
  type PlatformProductSeeder,
  type PlatformProductSeedExtensionPoint,
} from './seed/extensionPoint';
export type { PlatformProductStores } from './seed/stores';
