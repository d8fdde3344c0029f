import { PlatformProductClient } from './PlatformProductClient';

function clientWith(fetch: jest.Mock) {
  return new PlatformProductClient({
    discoveryApi: {
      getBaseUrl: async () => 'http://backend/api/platform-product',
    },
    fetchApi: { fetch },
  });
}

const unseenResponse = (count: number) =>
  new Response(JSON.stringify({ count }), {
    headers: { 'Content-Type': 'application/json' },
  });

describe('PlatformProductClient.getChangelogUnseen', () => {
  it('shares one request among the callers that ask while it is in flight', async () => {
    const fetch = jest.fn(async () => unseenResponse(3));
    const client = clientWith(fetch);

    const answers = await Promise.all([
      client.getChangelogUnseen(),
      client.getChangelogUnseen(),
      client.getChangelogUnseen(),
    ]);

    expect(answers).toEqual([{ count: 3 }, { count: 3 }, { count: 3 }]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith(
      'http://backend/api/platform-product/changelog/unseen',
      expect.objectContaining({ method: 'GET' }),
    );
  });

  it('asks again once the earlier request settled, failed or not', async () => {
    const fetch = jest
      .fn()
      .mockResolvedValueOnce(new Response('{}', { status: 500 }))
      .mockResolvedValueOnce(unseenResponse(2))
      .mockResolvedValueOnce(unseenResponse(0));
    const client = clientWith(fetch);

    await expect(client.getChangelogUnseen()).rejects.toThrow();
    expect(await client.getChangelogUnseen()).toEqual({ count: 2 });
    expect(await client.getChangelogUnseen()).toEqual({ count: 0 });
    expect(fetch).toHaveBeenCalledTimes(3);
  });
});

describe('PlatformProductClient.getScorecard', () => {
  it('reads the scorecard from the insights route', async () => {
    const scorecard = { trendDays: 90, kpis: [] };
    const fetch = jest.fn(
      async () =>
        new Response(JSON.stringify(scorecard), {
          headers: { 'Content-Type': 'application/json' },
        }),
    );

    expect(await clientWith(fetch).getScorecard()).toEqual(scorecard);
    expect(fetch).toHaveBeenCalledWith(
      'http://backend/api/platform-product/insights/scorecard',
      expect.objectContaining({ method: 'GET' }),
    );
  });
});
