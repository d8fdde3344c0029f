import { ApiRoute, apiRoutes } from '.';
import { catalogRoutes } from './catalog';
import { championsRoutes } from './champions';
import { changelogRoutes } from './changelog';
import { digestRoutes } from './digest';
import { feedbackRoutes } from './feedback';
import { insightsRoutes } from './insights';
import { ratingsRoutes } from './ratings';
import { researchRoutes } from './research';
import { roadmapRoutes } from './roadmap';
import { surveysRoutes } from './surveys';
import { usageRoutes } from './usage';

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

  it('keeps each route in the table of its area, under an operation id of its own', () => {
    const areaTables = {
      catalog: catalogRoutes,
      ratings: ratingsRoutes,
      feedback: feedbackRoutes,
      surveys: surveysRoutes,
      roadmap: roadmapRoutes,
      research: researchRoutes,
      champions: championsRoutes,
      changelog: changelogRoutes,
      insights: insightsRoutes,
      usage: usageRoutes,
      digest: digestRoutes,
    };
    const tabled = Object.entries(areaTables).flatMap(([area, table]) =>
      Object.entries(table as Record<string, ApiRoute>).map(
        ([operationId, route]) => ({
          operationId,
          area,
          routeArea: route.area,
        }),
      ),
    );
    expect(tabled.filter(({ area, routeArea }) => area !== routeArea)).toEqual(
      [],
    );
    // a spread keeps the last of two equal keys silently
    const ids = tabled.map(({ operationId }) => operationId);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids).toHaveLength(routes.length);
  });
});
