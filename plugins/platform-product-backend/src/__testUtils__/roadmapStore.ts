import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { migrationsDir } from '../database/migrations';
import { RoadmapItemFields, RoadmapStore } from '../database/RoadmapStore';
import { roadmapItemFields } from './roadmapItemFields';

/*
 * What RoadmapStore's tests share: a maintainer, two tools, two teams, a fixed "now", and a
 * store on a migrated database with `add`, which creates an item.
 */

export const DAY = 24 * 60 * 60 * 1000;
export const now = new Date('2026-11-20T10:00:00Z');
export const SVEN = 'user:default/sven.eriksen';
export const CI = 'component:default/ci-pipelines';
export const DEPLOY = 'system:default/deploy';
export const CHECKOUT = 'group:default/checkout';
export const SEARCH = 'group:default/search';

/**
 * A RoadmapStore on `databaseId`, migrated, and `add`, which creates an item in `lane` by Sven
 * now (with `roadmapItemFields` and `overrides`), returning its id.
 */
export async function createRoadmapStore(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
) {
  const knex = await databases.init(databaseId);
  await knex.migrate.latest({ directory: migrationsDir });
  const store = new RoadmapStore(knex);
  const add = (
    title: string,
    lane: 'now' | 'next' | 'later' | 'exploring',
    overrides: Partial<RoadmapItemFields> = {},
  ) =>
    store.create(
      { ...roadmapItemFields({ title, ...overrides }), lane },
      SVEN,
      now,
    );
  return { knex, store, add };
}
