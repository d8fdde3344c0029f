/**
 * Search module that indexes Platform Product changelog entries in Backstage search.
 *
 * @packageDocumentation
 */
export { searchModulePlatformProductChangelog as default } from './module';
export {
  ChangelogCollatorFactory,
  type ChangelogDocument,
} from './ChangelogCollatorFactory';
