import { mockServices } from '@backstage/backend-test-utils';
import { ResearchCollatorFactory } from './ResearchCollatorFactory';

describe('ResearchCollatorFactory', () => {
  it('streams the research notes the backend serves for search, visible to readers of research only', async () => {
    const fetchSpy = jest.spyOn(global, 'fetch').mockResolvedValueOnce(
      new Response(
        JSON.stringify({
          items: [
            {
              title: 'Shadowing',
              text: 'I wish',
              location: '/platform-product/feedback/research/1',
            },
          ],
        }),
      ),
    );
    const factory = new ResearchCollatorFactory({
      discovery: mockServices.discovery(),
      auth: mockServices.auth(),
    });
    const documents = [];
    for await (const document of await factory.getCollator()) {
      documents.push(document.title);
    }
    expect(documents).toEqual(['Shadowing']);
    expect(fetchSpy.mock.calls[0][0]).toMatch(
      /\/api\/platform-product\/research\/search-documents$/,
    );
    expect(factory.type).toBe('platform-product-research');
    expect(factory.visibilityPermission.name).toBe(
      'platform-product.research.read',
    );
    fetchSpy.mockRestore();
  });
});
