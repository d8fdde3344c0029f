import { ResponseError } from '@backstage/errors';
import { routeCaller } from './routeCaller';

const BASE = 'http://backend/api/platform-product';

function callerWith(response: () => Response) {
  const fetch = jest.fn(async (_url: RequestInfo | URL, _init?: RequestInit) =>
    response(),
  );
  const call = routeCaller({
    discoveryApi: { getBaseUrl: async () => BASE },
    fetchApi: { fetch },
  });
  return { call, fetch };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

describe('routeCaller', () => {
  it("fills in the route's path, each parameter encoded, and the defined query values", async () => {
    const { call, fetch } = callerWith(() => json({}));

    await call('getTeamInsight', {
      params: { kind: 'group', namespace: 'default', name: 'a b/c' },
    });
    await call('listFeedback', {
      query: {
        status: ['new', 'planned'],
        toolRef: undefined,
        q: '',
        limit: 5,
      },
    });

    expect(fetch.mock.calls.map(([url, init]) => [init?.method, url])).toEqual([
      ['GET', `${BASE}/insights/teams/group/default/a%20b%2Fc`],
      ['GET', `${BASE}/feedback?status=new%2Cplanned&limit=5`],
    ]);
  });

  it('sends a body as JSON, and a fresh Idempotency-Key with each create', async () => {
    const { call, fetch } = callerWith(() => json({ id: 1 }, 201));
    const body = { toolRef: 'component:default/ci-pipelines', title: 'Cache' };

    expect(await call('createFeedback', { body })).toEqual({ id: 1 });
    await call('createFeedback', { body });
    await call('setDigestSettings', { body: { enabled: true } });

    const inits = fetch.mock.calls.map(([, init]) => init!);
    expect(inits[0]).toMatchObject({
      method: 'POST',
      body: JSON.stringify(body),
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': expect.stringMatching(/^[\da-f-]{32,36}$/),
      },
    });
    const keys = inits.map(init =>
      new Headers(init.headers).get('Idempotency-Key'),
    );
    expect(keys[1]).not.toBe(keys[0]);
    expect(keys[2]).toBeNull();
  });

  it('answers nothing for a 204, and a Blob for a body that is not JSON', async () => {
    expect(
      await callerWith(() => new Response(null, { status: 204 })).call(
        'markChangelogSeen',
      ),
    ).toBeUndefined();

    const csv = callerWith(
      () =>
        new Response('team,nps\n', { headers: { 'Content-Type': 'text/csv' } }),
    );
    const blob = await csv.call('exportSurvey', { params: { id: 3 } });
    expect(await blob.text()).toBe('team,nps\n');
  });

  it('throws a ResponseError for a failure', async () => {
    const { call } = callerWith(() =>
      json({ error: { name: 'NotFoundError', message: 'No item 3' } }, 404),
    );

    const error = await call('getFeedback', { params: { id: 3 } }).catch(
      e => e,
    );

    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(404);
  });
});
