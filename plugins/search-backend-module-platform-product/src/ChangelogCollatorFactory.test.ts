import { mockServices } from '@backstage/backend-test-utils';
import { ChangelogCollatorFactory } from './ChangelogCollatorFactory';

describe('ChangelogCollatorFactory', () => {
  it('streams every page of the documents the backend serves for search', async () => {
    const page = (title: string, nextCursor?: string) =>
      new Response(
        JSON.stringify({
          items: [{ title, text: '', location: `/platform-product/${title}` }],
          nextCursor,
        }),
      );
    const fetchSpy = jest
      .spyOn(global, 'fetch')
      .mockResolvedValueOnce(page('first', 'WzFd'))
      .mockResolvedValueOnce(page('second'));
    const factory = new ChangelogCollatorFactory({
      discovery: mockServices.discovery(),
      auth: mockServices.auth(),
    });
    const documents = [];
    for await (const document of await factory.getCollator()) {
      documents.push(document.title);
    }
    expect(documents).toEqual(['first', 'second']);
    expect(fetchSpy.mock.calls.map(call => call[0])).toEqual([
      expect.stringMatching(
        /\/api\/platform-product\/changelog\/search-documents$/,
      ),
      expect.stringMatching(/\/search-documents\?cursor=WzFd$/),
    ]);
    expect(factory.type).toBe('platform-product-changelog');
    fetchSpy.mockRestore();
  });
});
