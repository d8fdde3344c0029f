import { TestDatabases } from '@backstage/backend-test-utils';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { ChampionsStore } from './ChampionsStore';
import { migrationsDir } from './migrations';

jest.setTimeout(60_000);

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2026-11-20T10:00:00Z');
const CHECKOUT = 'group:default/checkout';
const SEARCH = 'group:default/search';
const LIAM = 'user:default/liam.walsh';
const RAVI = 'user:default/ravi.iyer';
const SVEN = 'user:default/sven.eriksen';
const FIRST_PAGE = { limit: 25, offset: 0 };

describe('ChampionsStore', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  async function createStore(databaseId: any) {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory: migrationsDir });
    const store = new ChampionsStore(knex);
    const nominate = (nomineeRef: string, teamRef: string) =>
      store.nominate(
        {
          nomineeRef,
          teamRef,
          nominatorRef: LIAM,
          reason: 'Runs demos',
          focusAreas: ['CI'],
        },
        now,
      );
    return { store, nominate };
  }

  it.each(databases.eachSupportedId())(
    'keeps one open nomination and one active championship per person and team, on %p',
    async databaseId => {
      const { store, nominate } = await createStore(databaseId);
      const results = await Promise.allSettled([
        nominate(LIAM, CHECKOUT),
        nominate(LIAM, CHECKOUT),
      ]);
      expect(results.map(r => r.status).sort()).toEqual([
        'fulfilled',
        'rejected',
      ]);
      expect(
        (results.find(r => r.status === 'rejected') as any).reason.message,
      ).toBe(`${LIAM} already has an open nomination for ${CHECKOUT}`);
      const {
        items: [open],
      } = await store.listNominations({ status: 'open', ...FIRST_PAGE });
      const championId = await store.approve(open.id, SVEN, undefined, now);
      await expect(
        store.approve(open.id, SVEN, undefined, now),
      ).rejects.toThrow(`Nomination ${open.id} was already approved`);
      // A new nomination can be opened, but approving it cannot make a second championship.
      const again = await nominate(LIAM, CHECKOUT);
      await expect(store.approve(again, SVEN, undefined, now)).rejects.toThrow(
        `${LIAM} is already a champion of ${CHECKOUT}`,
      );
      expect((await store.getNomination(again))?.status).toBe('open');
      await store.decline(again, SVEN, 'Already one', now);
      await expect(store.decline(again, SVEN, 'x', now)).rejects.toThrow(
        'was already declined',
      );
      await expect(store.approve(999, SVEN, undefined, now)).rejects.toThrow(
        'No nomination with id 999',
      );

      expect(await store.getChampion(championId)).toMatchObject({
        userRef: LIAM,
        teamRef: CHECKOUT,
        status: 'active',
        focusAreas: ['CI'],
      });
      expect(
        await store.listNominations({ involving: RAVI, ...FIRST_PAGE }),
      ).toEqual({ items: [], totalCount: 0 });
      expect(
        (
          await store.listNominations({ involving: LIAM, ...FIRST_PAGE })
        ).items.map(n => n.status),
      ).toEqual(['declined', 'approved']);
    },
  );

  it.each(databases.eachSupportedId())(
    'counts active champions per team and retires them, on %p',
    async databaseId => {
      const { store, nominate } = await createStore(databaseId);
      for (const [person, team] of [
        [LIAM, CHECKOUT],
        [RAVI, CHECKOUT],
        [RAVI, SEARCH],
      ]) {
        await store.approve(
          await nominate(person, team),
          SVEN,
          ['Deploy'],
          now,
        );
      }
      expect(Object.fromEntries(await store.countActiveByTeam())).toEqual({
        [CHECKOUT]: 2,
        [SEARCH]: 1,
      });
      const [liam] = await store.listChampions({ userRef: LIAM });
      expect(await store.retire(liam.id, now)).toBe(true);
      expect(await store.retire(liam.id, now)).toBe(false);
      expect(await store.isActiveChampion(LIAM)).toBe(false);
      expect(await store.isActiveChampion(RAVI)).toBe(true);
      expect(await store.activeChampionRefs()).toEqual([RAVI]);
      expect(Object.fromEntries(await store.countActiveByTeam())).toEqual({
        [CHECKOUT]: 1,
        [SEARCH]: 1,
      });
      expect(
        (await store.listChampions({ status: 'alumni' }))[0],
      ).toMatchObject({
        userRef: LIAM,
        endedAt: now.toISOString(),
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'pages the roster, longest-standing first, by offset or cursor, counting the matches, on %p',
    async databaseId => {
      const { store, nominate } = await createStore(databaseId);
      const teams = Array.from({ length: 5 }, (_, i) => `group:default/t-${i}`);
      for (const [i, team] of teams.entries()) {
        const since = new Date(now.getTime() - (10 - i) * DAY);
        await store.approve(await nominate(LIAM, team), SVEN, [], since);
      }
      const [first] = (await store.pageChampions({ limit: 1, offset: 0 }))
        .items;
      await store.retire(first.id, now);

      const page = await store.pageChampions({
        status: 'active',
        limit: 2,
        offset: 1,
      });
      expect(page.totalCount).toBe(4);
      expect(page.items.map(c => c.teamRef)).toEqual([teams[2], teams[3]]);
      // By cursor: each page starts after the previous page's last (since, id).
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const next = await store.pageChampions({ limit: 2, offset: 0, cursor });
        seen.push(...next.items.map(c => c.teamRef));
        cursor = next.nextCursor;
      } while (cursor);
      expect(seen).toEqual(teams);
      expect(
        await store.pageChampions({ status: 'alumni', limit: 25, offset: 0 }),
      ).toEqual({
        items: [expect.objectContaining({ teamRef: teams[0] })],
        totalCount: 1,
      });
      expect(
        await store.pageChampions({
          teamRef: teams[4],
          userRef: LIAM,
          limit: 25,
          offset: 0,
        }),
      ).toEqual({
        items: [expect.objectContaining({ teamRef: teams[4] })],
        totalCount: 1,
      });
      expect(
        await store.pageChampions({ userRef: RAVI, limit: 25, offset: 0 }),
      ).toEqual({ items: [], totalCount: 0 });
    },
  );

  it.each(databases.eachSupportedId())(
    'pages kudos, sums activities in SQL and keeps one coverage snapshot a day, the latest run replacing today, on %p',
    async databaseId => {
      const { store } = await createStore(databaseId);
      for (const message of ['one', 'two', 'three']) {
        await store.addKudos(
          { championRef: RAVI, fromRef: LIAM, message },
          now,
        );
      }
      await store.addKudos(
        { championRef: LIAM, fromRef: RAVI, message: 'x' },
        now,
      );
      const page = await store.listKudos({
        championRef: RAVI,
        limit: 2,
        offset: 0,
      });
      expect(page.totalCount).toBe(3);
      expect(page.items.map(k => k.message)).toEqual(['three', 'two']);
      const rest = await store.listKudos({
        championRef: RAVI,
        limit: 2,
        offset: 0,
        cursor: page.nextCursor,
      });
      expect(rest.items.map(k => k.message)).toEqual(['one']);
      expect(rest.nextCursor).toBeUndefined();

      const at = (days: number) => new Date(now.getTime() - days * DAY);
      for (const [userRef, type, days] of [
        [RAVI, 'demo', 5],
        [RAVI, 'demo', 20],
        [RAVI, 'office-hours', 30],
        [LIAM, 'demo', 10],
        [LIAM, 'onboarding', 200],
      ] as const) {
        await store.logActivity({ userRef, type, date: at(days) }, now);
      }
      expect(await store.summarizeActivities(at(90))).toEqual({
        byChampion: [
          { userRef: RAVI, count: 3 },
          { userRef: LIAM, count: 1 },
        ],
        byType: [
          { type: 'demo', count: 3 },
          { type: 'office-hours', count: 1 },
        ],
      });
      expect(await store.countActivities(LIAM)).toBe(2);

      await Promise.all([
        store.snapshotCoverage({
          day: '2026-11-19',
          eligibleTeams: 13,
          coveredTeams: 8,
        }),
        store.snapshotCoverage({
          day: '2026-11-19',
          eligibleTeams: 13,
          coveredTeams: 8,
        }),
      ]);
      // Today's first run happened before the champions existed; a later run replaces it.
      await store.snapshotCoverage({
        day: '2026-11-20',
        eligibleTeams: 13,
        coveredTeams: 0,
      });
      await store.snapshotCoverage({
        day: '2026-11-20',
        eligibleTeams: 13,
        coveredTeams: 8,
      });
      expect(await store.coverageHistory('2026-11-01')).toEqual([
        { day: '2026-11-19', eligibleTeams: 13, coveredTeams: 8 },
        { day: '2026-11-20', eligibleTeams: 13, coveredTeams: 8 },
      ]);
    },
  );
});
