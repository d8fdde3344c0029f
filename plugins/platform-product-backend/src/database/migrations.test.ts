import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import knexFactory, { Knex } from 'knex';
import { migrationsDir, openDatabase } from './migrations';
import { RatingsStore } from './RatingsStore';
import {
  CI,
  createRoadmapStore,
  DEPLOY,
  SVEN,
} from '../__testUtils__/roadmapStore';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';

jest.setTimeout(60_000);

describe('migrations', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  it.each(databases.eachSupportedId())(
    'go up and down cleanly on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await knex.migrate.latest({ directory: migrationsDir });
      expect(await knex.schema.hasTable('platform_product_ratings')).toBe(true);

      await knex.migrate.rollback({ directory: migrationsDir }, true);
      expect(await knex.schema.hasTable('platform_product_ratings')).toBe(
        false,
      );
      expect(
        await knex.schema.hasTable('platform_product_rating_history'),
      ).toBe(false);

      await knex.migrate.latest({ directory: migrationsDir });
      expect(await knex.schema.hasTable('platform_product_ratings')).toBe(true);
    },
  );

  it.each(databases.eachSupportedId())(
    'upgrades existing roadmap items to maintained counts and link copies, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await knex.migrate.latest({ directory: migrationsDir });
      await knex.migrate.down({
        directory: migrationsDir,
        name: '20261201000005_roadmap_lists.js',
      });
      const item = (title: string, lane: string, status: string) => ({
        title,
        description: '',
        lane,
        status,
        owner_ref: 'group:default/platform',
        reach: 100,
        reach_source: 'manual',
        impact: 1,
        confidence: 0.8,
        effort: 2,
        rice_score: 40,
        early_access: false,
        vote_count: 3,
        voter_team_count: 1,
        changelog_entry_ids: '[]',
        version: 1,
        created_by: 'user:default/sven.eriksen',
        created_at: new Date(),
        updated_at: new Date(),
      });
      await knex('platform_product_roadmap_items').insert([
        item('cache', 'now', 'active'),
        item('canary', 'now', 'active'),
        item('arm', 'later', 'shipped'),
      ]);
      const ids = await knex('platform_product_roadmap_items')
        .orderBy('id')
        .pluck('id');
      await knex('platform_product_roadmap_item_tools').insert(
        ids.map(id => ({ item_id: id, tool_ref: 'component:default/ci' })),
      );

      await knex.migrate.latest({ directory: migrationsDir });

      const counts = await knex('platform_product_roadmap_lane_counts')
        .orderBy(['tool_ref', 'status'])
        .select('tool_ref', 'status', 'lane', 'count');
      expect(counts.map(c => ({ ...c, count: Number(c.count) }))).toEqual([
        { tool_ref: '', status: 'active', lane: 'now', count: 2 },
        { tool_ref: '', status: 'shipped', lane: 'later', count: 1 },
        {
          tool_ref: 'component:default/ci',
          status: 'active',
          lane: 'now',
          count: 2,
        },
        {
          tool_ref: 'component:default/ci',
          status: 'shipped',
          lane: 'later',
          count: 1,
        },
      ]);
      const links = await knex('platform_product_roadmap_item_tools')
        .orderBy('item_id')
        .select('owner_ref', 'status', 'lane', 'rice_score', 'vote_count');
      expect(
        links.map(l => ({
          ...l,
          rice_score: Number(l.rice_score),
          vote_count: Number(l.vote_count),
        })),
      ).toEqual(
        ['now', 'now', 'later'].map((lane, i) => ({
          owner_ref: 'group:default/platform',
          status: i === 2 ? 'shipped' : 'active',
          lane,
          rice_score: 40,
          vote_count: 3,
        })),
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'links changelog entries back to the roadmap items shipped with them, and goes down again, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await knex.migrate.latest({ directory: migrationsDir });
      await knex.migrate.down({
        directory: migrationsDir,
        name: '20261210000003_link_integrity.js',
      });
      const now = new Date();
      const [entry] = await knex('platform_product_changelog_entries')
        .insert({
          title: 'Rotation',
          body: '',
          category: 'new',
          status: 'published',
          early_access: false,
          author_ref: 'user:default/sven.eriksen',
          version: 1,
          created_at: now,
          updated_at: now,
        })
        .returning('id');
      const entryId = Number(typeof entry === 'object' ? entry.id : entry);
      await knex('platform_product_roadmap_items').insert({
        title: 'Rotation',
        description: '',
        lane: 'now',
        status: 'shipped',
        owner_ref: 'group:default/platform',
        reach: 1,
        reach_source: 'manual',
        impact: 1,
        confidence: 1,
        effort: 1,
        rice_score: 1,
        early_access: false,
        vote_count: 0,
        voter_team_count: 0,
        changelog_entry_ids: JSON.stringify([entryId, 999]),
        version: 2,
        created_by: 'user:default/sven.eriksen',
        created_at: now,
        updated_at: now,
      });
      const itemId = await knex('platform_product_roadmap_items').first('id');

      await knex.migrate.latest({ directory: migrationsDir });
      const links = await knex('platform_product_changelog_roadmap').select(
        'entry_id',
        'roadmap_item_id',
      );
      expect(
        links.map(l => [Number(l.entry_id), Number(l.roadmap_item_id)]),
      ).toEqual([[entryId, Number(itemId.id)]]);
      expect(
        await knex.schema.hasColumn(
          'platform_product_changelog_deliveries',
          'feedback_item_id',
        ),
      ).toBe(true);

      await knex.migrate.down({
        directory: migrationsDir,
        name: '20261210000003_link_integrity.js',
      });
      expect(
        await knex.schema.hasColumn(
          'platform_product_feedback_activity',
          'roadmap_item_id',
        ),
      ).toBe(false);
    },
  );

  it.each(databases.eachSupportedId())(
    'adds mandated tools and active teams to snapshots, keeping the snapshots both ways, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const name = '20261214000001_mandated_tools.js';
      await knex.migrate.latest({ directory: migrationsDir });
      await knex.migrate.down({ directory: migrationsDir, name });
      const snapshot = {
        day: '2026-12-01',
        tool_ref: 'component:default/ci-pipelines',
        adopting_teams: 12,
        eligible_teams: 13,
        rating_count: 3,
        rating_average: 4,
      };
      await knex('platform_product_tool_snapshots').insert(snapshot);

      await knex.migrate.up({ directory: migrationsDir, name });
      expect(await knex('platform_product_tool_snapshots')).toEqual([
        expect.objectContaining({ ...snapshot, active_teams: null }),
      ]);
      await knex('platform_product_mandated_tools').insert({
        tool_ref: 'component:default/deploy',
        marked_by: 'user:default/sven.eriksen',
        marked_at: new Date(),
      });

      await knex.migrate.down({ directory: migrationsDir, name });
      expect(
        await knex.schema.hasTable('platform_product_mandated_tools'),
      ).toBe(false);
      expect(
        await knex.schema.hasColumn(
          'platform_product_tool_snapshots',
          'active_teams',
        ),
      ).toBe(false);
      expect(await knex('platform_product_tool_snapshots')).toHaveLength(1);
    },
  );

  it.each(databases.eachSupportedId())(
    'adds the open inbox indexes on the open items only, and drops them again, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const name = '20261215000000_open_feedback_indexes.js';
      const openIndexes = async () =>
        (knex.client.config.client === 'pg'
          ? await knex('pg_indexes')
              .where('tablename', 'platform_product_feedback_items')
              .select({ name: 'indexname', sql: 'indexdef' })
          : await knex('sqlite_master')
              .where({
                type: 'index',
                tbl_name: 'platform_product_feedback_items',
              })
              .select('name', 'sql')
        )
          .filter(index => index.name.startsWith('pp_feedback_open_'))
          .sort((a, b) => a.name.localeCompare(b.name));
      await knex.migrate.latest({ directory: migrationsDir });
      const indexes = await openIndexes();
      expect(indexes.map(index => index.name)).toEqual([
        'pp_feedback_open_newest_idx',
        'pp_feedback_open_tool_newest_idx',
        'pp_feedback_open_tool_votes_idx',
        'pp_feedback_open_votes_idx',
      ]);
      for (const { sql } of indexes) {
        expect(sql).toMatch(
          /WHERE .*status.*'new'.*'acknowledged'.*'planned'/i,
        );
      }

      await knex.migrate.down({ directory: migrationsDir, name });
      expect(await openIndexes()).toEqual([]);
      await knex.migrate.up({ directory: migrationsDir, name });
      expect(await openIndexes()).toHaveLength(4);
    },
  );

  it.each(databases.eachSupportedId())(
    'counts the anonymous ratings of existing tallies, leaves older snapshots unknown, and goes down again, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const name = '20261215000050_rating_anonymous_tallies.js';
      const TOOL = 'component:default/ci-pipelines';
      const X = 'group:default/x';
      await knex.migrate.latest({ directory: migrationsDir });
      await knex.migrate.down({ directory: migrationsDir, name });
      // Ratings and their tallies as they stood before the upgrade.
      const rating = (
        raterKey: string,
        signed: boolean,
        teamRef: string | null,
        active: boolean,
      ) => ({
        tool_ref: TOOL,
        rater_key: raterKey,
        user_ref: signed ? `user:default/${raterKey}` : null,
        team_ref: teamRef,
        stars: 4,
        history_id: 1,
        rater_active: active,
        updated_at: new Date(),
      });
      await knex('platform_product_ratings').insert([
        rating('a', true, X, true),
        rating('b', false, X, true),
        rating('c', false, X, false),
        rating('d', false, null, true),
        rating('e', true, null, false),
      ]);
      const tally = (teamRef: string, count: number, active: number) => ({
        tool_ref: TOOL,
        team_ref: teamRef,
        count,
        star_sum: 4 * count,
        s4: count,
        active_count: active,
        active_star_sum: 4 * active,
      });
      await knex('platform_product_rating_tallies').insert([
        tally(X, 3, 2),
        tally('', 2, 1),
      ]);
      await knex('platform_product_tool_snapshots').insert({
        day: '2026-12-01',
        tool_ref: TOOL,
        adopting_teams: 12,
        eligible_teams: 13,
        active_teams: 3,
        rating_count: 5,
        rating_average: 4,
      });

      await knex.migrate.up({ directory: migrationsDir, name });
      const counts = await knex('platform_product_rating_tallies')
        .orderBy('team_ref')
        .select('team_ref', 'anonymous_count', 'active_anonymous_count');
      expect(
        counts.map(r => [
          r.team_ref,
          Number(r.anonymous_count),
          Number(r.active_anonymous_count),
        ]),
      ).toEqual([
        ['', 1, 1],
        [X, 2, 1],
      ]);
      // The backfill agrees with a recount.
      expect(await new RatingsStore(knex).repairTallies()).toBe(0);
      const [snapshot] = await knex('platform_product_tool_snapshots');
      expect(snapshot.rating_anonymous).toBeNull();

      await knex.migrate.down({ directory: migrationsDir, name });
      for (const [table, column] of [
        ['platform_product_rating_tallies', 'anonymous_count'],
        ['platform_product_rating_tallies', 'active_anonymous_count'],
        ['platform_product_tool_snapshots', 'rating_anonymous'],
      ]) {
        expect(await knex.schema.hasColumn(table, column)).toBe(false);
      }
      expect(await knex('platform_product_rating_tallies')).toHaveLength(2);
      expect(await knex('platform_product_tool_snapshots')).toHaveLength(1);
    },
  );

  it.each(databases.eachSupportedId())(
    'clears the rating figures that outcome decisions stored under the old rule, and keeps the rest, on %p',
    async databaseId => {
      const { knex, add } = await createRoadmapStore(databases, databaseId);
      const name = '20261215000070_outcome_ratings_under_anonymous_rule.js';
      await knex.migrate.down({ directory: migrationsDir, name });
      const itemId = await add('Faster builds', 'now');
      const figures = {
        day: '2026-11-01',
        activeRate: 0.5,
        activeTeams: 4,
        ratingAverage: 3.8,
        ratingCount: 5,
      };
      await knex('platform_product_roadmap_outcomes').insert({
        item_id: itemId,
        decision: 'keep',
        measured: JSON.stringify({
          shippedAt: '2026-11-10T00:00:00.000Z',
          tools: [
            { toolRef: CI, before: figures, after: figures },
            { toolRef: DEPLOY, before: null, after: figures },
          ],
        }),
        evidence: '{}',
        decided_by: SVEN,
        decided_at: new Date('2026-11-20T10:00:00Z'),
      });

      await knex.migrate.latest({ directory: migrationsDir });
      const [row] = await knex('platform_product_roadmap_outcomes');
      const cleared = { ...figures, ratingAverage: null, ratingCount: null };
      expect(JSON.parse(row.measured).tools).toEqual([
        { toolRef: CI, before: cleared, after: cleared },
        { toolRef: DEPLOY, before: null, after: cleared },
      ]);
      expect(row.decision).toBe('keep');
    },
  );

  // Replicas share a database on PostgreSQL only; SQLite is for development.
  const postgres = databases
    .eachSupportedId()
    .filter(([id]) => id.startsWith('POSTGRES'));
  if (postgres.length) {
    it.each(postgres)(
      'brings up replicas that start together on an empty database, on %p',
      async databaseId => {
        const tablesOf = async (knex: Knex) =>
          (
            await knex('information_schema.tables')
              .where('table_schema', knex.raw('current_schema()'))
              .orderBy('table_name')
              .pluck('table_name')
          ).filter(name => name.startsWith('platform_product_'));
        const reference = await databases.init(databaseId);
        await reference.migrate.latest({ directory: migrationsDir });

        for (let round = 0; round < 3; round++) {
          const fresh = await databases.init(databaseId);
          // Four replicas, each with its own connection pool, start at the same moment.
          const others = [1, 2, 3].map(() => knexFactory(fresh.client.config));
          try {
            const opened = await Promise.allSettled(
              [fresh, ...others].map(knex =>
                openDatabase(mockServices.database({ knex })),
              ),
            );
            const failures = opened.flatMap(result =>
              result.status === 'rejected' ? [String(result.reason)] : [],
            );
            expect(failures).toEqual([]);
            expect(await tablesOf(fresh)).toEqual(await tablesOf(reference));
            const [, pending] = await fresh.migrate.list({
              directory: migrationsDir,
            });
            expect(pending).toEqual([]);
          } finally {
            await Promise.all(others.map(knex => knex.destroy()));
          }
        }
      },
    );
  }
});
