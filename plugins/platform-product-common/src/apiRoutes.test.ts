import { ApiRoute, apiRoutes } from './apiRoutes';

const routes = Object.entries(apiRoutes as Record<string, ApiRoute>);

describe('apiRoutes', () => {
  it('declares the response of every route that answers a body, and of no other', () => {
    const wrong = routes.filter(
      ([, route]) => (route.status === 204) === (route.response !== undefined),
    );
    expect(wrong.map(([operationId]) => operationId)).toEqual([]);
  });

  it('takes an Idempotency-Key on creates only', () => {
    const idempotent = routes.filter(([, route]) => route.idempotent);
    expect(idempotent.map(([id]) => id)).toContain('createFeedback');
    for (const [operationId, { method, status }] of idempotent) {
      expect({ operationId, method, status }).toEqual({
        operationId,
        method: 'POST',
        status: 201,
      });
    }
  });
});
