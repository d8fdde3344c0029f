import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import { IndexableDocument } from '@backstage/plugin-search-common';

/** What the collators read the Platform Product backend with. */
export interface BackendDocumentsDeps {
  discovery: DiscoveryService;
  auth: AuthService;
}

/**
 * Every page of a Platform Product list of search documents (`path`, paged by `nextCursor`),
 * read with the search plugin's service credentials.
 */
export async function* backendDocuments<T extends IndexableDocument>(
  deps: BackendDocumentsDeps,
  path: string,
): AsyncGenerator<T> {
  const { discovery, auth } = deps;
  const baseUrl = await discovery.getBaseUrl('platform-product');
  const { token } = await auth.getPluginRequestToken({
    onBehalfOf: await auth.getOwnServiceCredentials(),
    targetPluginId: 'platform-product',
  });
  let cursor: string | undefined;
  do {
    const query = cursor ? `?cursor=${encodeURIComponent(cursor)}` : '';
    const response = await fetch(`${baseUrl}${path}${query}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    const page = (await response.json()) as {
      items: T[];
      nextCursor?: string;
    };
    yield* page.items;
    cursor = page.nextCursor;
  } while (cursor);
}
