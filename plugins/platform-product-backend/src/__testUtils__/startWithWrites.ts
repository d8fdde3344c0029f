import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import request from 'supertest';
import { permissionsFor } from './permissionsFor';
import { startBackend } from './startBackend';

export const SVEN = 'user:default/sven.eriksen';
export const ALEX = 'user:default/alex.morgan';
export const LIAM = 'user:default/liam.walsh';
export const CI = 'component:default/ci-pipelines';
const DAY = 24 * 3600 * 1000;

/** A roadmap item to create: up next, about CI Pipelines. */
export const roadmapItemBody = {
  title: 'Build cache',
  lane: 'next',
  ownerRef: 'group:default/platform',
  toolRefs: [CI],
  reach: 10,
  impact: 1,
  confidence: 1,
  effort: 1,
};

/** A survey to create: open since yesterday, for two weeks more. */
export const openSurveyBody = {
  title: 'Q4 NPS',
  opensAt: new Date(Date.now() - DAY).toISOString(),
  closesAt: new Date(Date.now() + 14 * DAY).toISOString(),
};

/**
 * The real plugin with Sven as its maintainer, the logger as a mock, on `knex` if given, with
 * `features` (e.g. spies); `api` calls a route as a person (Sven unless told).
 */
export async function startWithWrites(options: {
  knex?: Knex;
  config?: object;
  features: any[];
  signals?: any;
}) {
  const logger = mockServices.logger.mock();
  const server = await startBackend({
    config: options.config,
    signals: options.signals,
    features: [
      ...options.features,
      logger.factory,
      permissionsFor([SVEN]),
      ...(options.knex
        ? [mockServices.database.factory({ knex: options.knex })]
        : []),
    ],
  });
  const api = (method: 'get' | 'post' | 'put', path: string, by = SVEN) =>
    request(server)
      [method](`/api/platform-product${path}`)
      .set({ Authorization: mockCredentials.user.header(by) });
  return { api, logger };
}
