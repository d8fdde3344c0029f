import {
  DocumentCollatorFactory,
  IndexableDocument,
} from '@backstage/plugin-search-common';
import { researchReadPermission } from 'backstage-plugin-platform-product-common';
import { Readable } from 'node:stream';
import { backendDocuments, BackendDocumentsDeps } from './backendDocuments';

/**
 * A research note in the search index: its title, notes and quotes.
 *
 * @public
 */
export interface ResearchDocument extends IndexableDocument {
  kind: string;
  date: string;
}

/**
 * Feeds research notes to Backstage search. The whole document type is visible only to those
 * the permission policy gives `platform-product.research.read` (the search backend checks it
 * per query), as research notes are for maintainers.
 *
 * @public
 */
export class ResearchCollatorFactory implements DocumentCollatorFactory {
  readonly type = 'platform-product-research';
  readonly visibilityPermission = researchReadPermission;

  constructor(private readonly options: BackendDocumentsDeps) {}

  async getCollator(): Promise<Readable> {
    return Readable.from(
      backendDocuments<ResearchDocument>(
        this.options,
        '/research/search-documents',
      ),
    );
  }
}
