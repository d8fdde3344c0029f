import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  DocumentCollatorFactory,
  IndexableDocument,
} from '@backstage/plugin-search-common';
import { Readable } from 'node:stream';

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

  constructor(
    private readonly options: {
      discovery: DiscoveryService;
      auth: AuthService;
    },
  ) {}

  async getCollator(): Promise<Readable> {
    return Readable.from(this.documents());
  }

  private async *documents(): AsyncGenerator<ChangelogDocument> {
    const { discovery, auth } = this.options;
    const baseUrl = await discovery.getBaseUrl('platform-product');
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: await auth.getOwnServiceCredentials(),
      targetPluginId: 'platform-product',
    });
    let cursor: string | undefined;
    do {
      const query = cursor ? `?cursor=${encodeURIComponent(cursor)}` : '';
      const response = await fetch(
        `${baseUrl}/changelog/search-documents${query}`,
        { headers: { Authorization: `Bearer ${token}` } },
      );
      if (!response.ok) {
        throw await ResponseError.fromResponse(response);
      }
      const page = (await response.json()) as {
        items: ChangelogDocument[];
        nextCursor?: string;
      };
      yield* page.items;
      cursor = page.nextCursor;
    } while (cursor);
  }
}
