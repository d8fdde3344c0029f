import {
  DocumentCollatorFactory,
  IndexableDocument,
} from '@backstage/plugin-search-common';
import { Readable } from 'node:stream';
import { backendDocuments, BackendDocumentsDeps } from './backendDocuments';

/**
 * A changelog entry in the search index.
 *
 * @public
 */
export interface ChangelogDocument extends IndexableDocument {
  category: string;
  toolRefs: string[];
  publishedAt: string;
}

/**
 * Feeds published changelog entries (never early-access ones) to Backstage search. Reads them
 * from the Platform Product backend with the search plugin's service credentials.
 *
 * @public
 */
export class ChangelogCollatorFactory implements DocumentCollatorFactory {
  readonly type = 'platform-product-changelog';

  constructor(private readonly options: BackendDocumentsDeps) {}

  async getCollator(): Promise<Readable> {
    return Readable.from(
      backendDocuments<ChangelogDocument>(
        this.options,
        '/changelog/search-documents',
      ),
    );
  }
}
