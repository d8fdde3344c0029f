/**
 * Backend of Platform Product: run your internal developer platform as a product.
 *
 * @packageDocumentation
 */
export { platformProductPlugin as default } from './plugin';
export { searchModulePlatformProductChangelog } from './search/module';
export type { ChangelogDocument } from './search/ChangelogCollatorFactory';
