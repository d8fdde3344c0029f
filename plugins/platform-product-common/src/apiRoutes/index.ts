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

export * from './route';

/**
 * Every route of the backend, keyed by operation id: the one place a route's shape is written.
 * The backend's OpenAPI spec is generated from it (`yarn build:openapi` in the backend package),
 * the routers parse input with its schemas, the frontend client calls each route by its
 * operation id with the types written here, and tests hold the routers and the client to it. A
 * new route is one entry in its area's table (`./roadmap.ts`, …); the order of the areas here
 * is the order of the spec.
 */
export const apiRoutes = {
  ...catalogRoutes,
  ...ratingsRoutes,
  ...feedbackRoutes,
  ...surveysRoutes,
  ...roadmapRoutes,
  ...researchRoutes,
  ...championsRoutes,
  ...changelogRoutes,
  ...insightsRoutes,
  ...usageRoutes,
  ...digestRoutes,
};
