import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { FeedbackStore } from '../database/FeedbackStore';
import { migrationsDir } from '../database/migrations';

/*
 * What FeedbackStore's tests share: two tools, a fixed "now", and a store on a migrated
 * database with `add`, which files an idea.
 */

export const CI = 'component:default/ci-pipelines';
export const DEPLOY = 'system:default/deploy';
const DAY = 24 * 60 * 60 * 1000;
export const now = new Date('2026-11-20T10:00:00Z');
export const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
export const user = (name: string) => `user:default/${name}`;

/**
 * A FeedbackStore on `databaseId`, migrated, and `add`, which files an idea about CI (or
 * `toolRef`) by Alex (or anonymously) now (or `at`), returning its id.
 */
export async function createFeedbackStore(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
) {
  const knex = await databases.init(databaseId);
  await knex.migrate.latest({ directory: migrationsDir });
  const store = new FeedbackStore(knex);
  const add = (
    title: string,
    options: { toolRef?: string; at?: Date; anonymous?: boolean } = {},
  ) =>
    store.create(
      {
        toolRef: options.toolRef ?? CI,
        kind: 'idea',
        title,
        body: '',
        authorKey: `key-${title}`,
        authorSalt: `salt-${title}`,
        authorRef: options.anonymous ? undefined : user('alex.morgan'),
      },
      options.at ?? now,
    );
  return { knex, store, add };
}
