import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { migrationsDir } from '../database/migrations';
import { SurveysStore } from '../database/SurveysStore';
import { eventsSpy } from '../__testUtils__/eventsSpy';
import {
  exampleDirectory,
  loadExampleCatalog,
} from '../__testUtils__/exampleCatalog';
import { signalsSpy } from '../__testUtils__/signalsSpy';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { SurveysService } from './SurveysService';

jest.setTimeout(60_000);

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2026-11-20T10:00:00Z');

describe('SurveysService', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  async function setUp(databaseId: any) {
    const db = await databases.init(databaseId);
    await db.migrate.latest({ directory: migrationsDir });
    const directory = exampleDirectory(await loadExampleCatalog());
    const credentials = await directory.pluginCredentials();
    const team = (await directory.listTeams(credentials)).find(
      t => t.memberRefs.length >= 6,
    )!;
    const signals = signalsSpy();
    const surveys = new SurveysService({
      store: new SurveysStore(db),
      directory,
      secret: 'a-test-anonymity-secret',
      minGroupSize: 5,
      events: eventsSpy().domainEvents,
      live: signals.liveUpdates,
      now: () => now,
    });
    const maintainer = mockCredentials.user('user:default/sven.eriksen');
    const { id } = await surveys.create(
      {
        title: 'Q4 platform NPS',
        question: 'How likely are you to recommend the platform?',
        teamRefs: [team.ref],
        opensAt: new Date(now.getTime() - DAY),
        closesAt: new Date(now.getTime() + 7 * DAY),
      },
      maintainer,
    );
    const answer = (person: string, score: number, anonymous: boolean) =>
      surveys.answer(
        id,
        { score, anonymous, reason: `because ${score}` },
        mockCredentials.user(person),
      );
    return { surveys, id, team, signals, maintainer, answer };
  }

  it.each(databases.eachSupportedId())(
    'shows the answer count by the same rules as the results: not for 4 signed answers and 1 anonymous, on %p',
    async databaseId => {
      const { surveys, id, team, signals, maintainer, answer } = await setUp(
        databaseId,
      );
      const [first, second, third, fourth, fifth, sixth] = team.memberRefs;
      const signalled = () =>
        signals.said().filter(s => s.includes('answered')).length;
      const shownCount = async () => ({
        list: (await surveys.list({ limit: 10, offset: 0 })).items[0]
          .responseCount,
        one: (await surveys.get(id)).responseCount,
        results: (await surveys.results(id, maintainer)).survey.responseCount,
        trend: (await surveys.trend()).map(p => p.score?.responses ?? null),
      });
      for (const person of [first, second, third, fourth]) {
        await answer(person, 9, false);
      }
      const mine = await answer(fifth, 2, true);
      // 5 answers, 1 of them anonymous: the signed four give the fifth away by subtraction.
      expect(mine.survey.responseCount).toBeNull();
      expect((await surveys.results(id, maintainer)).overall).toBeNull();
      expect(await shownCount()).toEqual({
        list: null,
        one: null,
        results: null,
        trend: [null],
      });
      // No signal either: the count everyone sees did not change.
      expect(signalled()).toBe(0);
      const prompts = await surveys.prompts(mockCredentials.user(fifth), {
        limit: 10,
        offset: 0,
      });
      expect(prompts.items.map(p => p.survey.responseCount)).toEqual([null]);

      // The anonymous one signs: everyone signed, the count of 5 may show, and a signal says so.
      await answer(fifth, 2, false);
      expect(await shownCount()).toEqual({
        list: 5,
        one: 5,
        results: 5,
        trend: [5],
      });
      expect(signalled()).toBe(1);
      // ... and goes anonymous again: hidden again, signalled as a change of the shown count.
      await answer(fifth, 2, true);
      expect((await shownCount()).list).toBeNull();
      expect(signalled()).toBe(2);
      // A sixth answer, anonymous too: still only 2 anonymous, still hidden, still no signal.
      await answer(sixth, 7, true);
      expect((await shownCount()).list).toBeNull();
      expect(signalled()).toBe(2);
      // The anonymous answers never show as a count of their own.
      expect(JSON.stringify(await surveys.get(id))).not.toMatch(/anonymous/i);
    },
  );
});
