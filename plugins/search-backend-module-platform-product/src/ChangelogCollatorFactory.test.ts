import { mockServices } from '@backstage/backend-test-utils';
import { ChangelogCollatorFactory } from './ChangelogCollatorFactory';

describe('ChangelogCollatorFactory', () => {
  it('streams the documents the backend serves for search', async () => {
    const items = [
      {
        title: 'Faster builds',
        text: 'Caches',
        location: '/platform-product/changelog/1',
      },
    ];
    const fetchSpy = jest
      .spyOn(global, 'fetch')
      .mockResolvedValue(new Response(JSON.stringify({ items })));
    const factory = new ChangelogCollatorFactory({
      discovery: mockServices.discovery(),
      auth: mockServices.auth(),
    });
    const documents = [];
    for await (const document of await factory.getCollator()) {
      documents.push(document);
    }
    expect(documents).toEqual(items);
    expect(fetchSpy.mock.calls[0][0]).toMatch(
      /\/api\/platform-product\/changelog\/search-documents$/,
    );
    expect(factory.type).toBe('platform-product-changelog');
    fetchSpy.mockRestore();
  });
});
