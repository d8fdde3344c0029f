/**
 * Search module that indexes Platform Product changelog entries and research notes in Backstage search.
 *
 * @packageDocumentation
 */
export { searchModulePlatformProductChangelog as default } from './module';
export {
  ChangelogCollatorFactory,
  type ChangelogDocument,
} from './ChangelogCollatorFactory';
export {
  ResearchCollatorFactory,
  type ResearchDocument,
} from './ResearchCollatorFactory';
