import { riceScore } from 'backstage-plugin-platform-product-common';
import { RoadmapItemFields } from '../database/RoadmapStore';

/**
 * Fields of a roadmap item for store tests: 200 × 2 × 80 % ÷ 2 = a score of 160 and the CI
 * Pipelines tool, unless overridden.
 */
export function roadmapItemFields(
  overrides: Partial<RoadmapItemFields> = {},
): RoadmapItemFields {
  const rice = { reach: 200, impact: 2, confidence: 0.8, effort: 2 };
  return {
    title: 'Build cache',
    description: '',
    ownerRef: 'group:default/platform',
    toolRefs: ['component:default/ci-pipelines'],
    requestingTeamRefs: [],
    reachSource: 'manual',
    earlyAccess: false,
    criteria: [],
    ...rice,
    riceScore: riceScore(rice),
    ...overrides,
  };
}

/**
 * The body of `POST /roadmap/items` for router tests: "Self-service secrets" in Next, for the
 * Secrets API, with a score of 160, unless overridden.
 */
export function newRoadmapItemBody(overrides: object = {}) {
  return {
    title: 'Self-service secrets',
    lane: 'next',
    ownerRef: 'group:default/platform',
    toolRefs: ['api:default/secrets-api'],
    reach: 200,
    impact: 2,
    confidence: 0.8,
    effort: 2,
    ...overrides,
  };
}
