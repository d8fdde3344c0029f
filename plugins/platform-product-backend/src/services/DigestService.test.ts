import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { Knex } from 'knex';
import { ChampionsStore } from '../database/ChampionsStore';
import { ChangelogFields, ChangelogStore } from '../database/ChangelogStore';
import { DigestStore } from '../database/DigestStore';
import { migrationsDir } from '../database/migrations';
import { RoadmapStore } from '../database/RoadmapStore';
import { SurveysStore } from '../database/SurveysStore';
import { eventsSpy } from '../__testUtils__/eventsSpy';
import { signalsSpy } from '../__testUtils__/signalsSpy';
import {
  exampleDirectory,
  loadExampleCatalog,
} from '../__testUtils__/exampleCatalog';
import { roadmapItemFields } from '../__testUtils__/roadmapItemFields';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { DigestService } from './DigestService';
import { SurveysService } from './SurveysService';
import { AppLinks } from '../lib/appLinks';

jest.setTimeout(120_000);

const SECRETS = 'api:default/secrets-api';
const AUTHOR = 'user:default/sven.eriksen';
const day = (d: number, hour = 12) => new Date(Date.UTC(2026, 11, d, hour));
/** Mondays 09:00 UTC; 2026-12-14 is a Monday, so its digest covers Dec 7, 09:00 to Dec 14, 09:00. */
const SCHEDULE = { day: 'monday', hour: 9, timezone: 'UTC' } as const;
const LANES = {
  now: 'Now',
  next: 'Next',
  later: 'Later',
  exploring: 'Exploring',
};

describe('DigestService', () => {
  const databases = TestDatabases.create({ ids: testDatabaseIds() });

  /** The example company: a reader in a team using the secrets API, a colleague, an outsider. */
  async function company() {
    const directory = exampleDirectory(await loadExampleCatalog());
    const credentials = await directory.pluginCredentials();
    const teams = await directory.listTeams(credentials);
    const adoption = await directory.getAdoption(credentials);
    const usersOf = (toolRef: string) =>
      new Set(adoption.find(a => a.toolRef === toolRef)?.teamRefs);
    const team = teams.find(
      t => usersOf(SECRETS).has(t.ref) && t.memberRefs.length >= 2,
    )!;
    const [reader, colleague] = team.memberRefs;
    const inTeamsUsing = (person: string, toolRef: string) =>
      teams.some(
        t => t.memberRefs.includes(person) && usersOf(toolRef).has(t.ref),
      );
    const otherTool = adoption.find(
      a => !inTeamsUsing(reader, a.toolRef),
    )!.toolRef;
    const outsider = teams
      .flatMap(t => t.memberRefs)
      .find(
        p =>
          !team.memberRefs.includes(p) &&
          !inTeamsUsing(p, SECRETS) &&
          !inTeamsUsing(p, otherTool),
      )!;
    expect([reader, colleague, otherTool, outsider]).not.toContain(undefined);
    return { directory, team, reader, colleague, otherTool, outsider };
  }

  async function setUp(databaseId: any) {
    const db = await databases.init(databaseId);
    await db.migrate.latest({ directory: migrationsDir });
    const people = await company();
    const clock = { now: day(14, 9) };
    const sent: NotificationSendOptions[] = [];
    let failures = 0;
    const surveys = new SurveysService({
      store: new SurveysStore(db),
      directory: people.directory,
      secret: 'a-test-anonymity-secret',
      minGroupSize: 5,
      events: eventsSpy().domainEvents,
      live: signalsSpy().liveUpdates,
      now: () => clock.now,
    });
    /** One backend replica: its own stores on the shared database. */
    const replica = () =>
      new DigestService({
        store: new DigestStore(db),
        changelog: new ChangelogStore(db),
        roadmap: new RoadmapStore(db),
        champions: new ChampionsStore(db),
        surveys,
        directory: people.directory,
        notifications: {
          send: async options => {
            if (failures > 0) {
              failures -= 1;
              throw new Error('notifications backend down');
            }
            sent.push(options);
          },
        },
        logger: mockServices.logger.mock(),
        schedule: SCHEDULE,
        laneTitles: LANES,
        // An app that mounts the page at /product: the digest links there.
        appLinks: new AppLinks({ appBaseUrl: '', mountPath: '/product' }),
        now: () => clock.now,
      });
    await fillWeek(db, surveys, people);
    const sentTo = (ref: string) =>
      sent.filter(n => (n.recipients as any).entityRef === ref);
    return {
      ...people,
      db,
      clock,
      sent,
      sentTo,
      replica,
      failNextSends: (n: number) => {
        failures = n;
      },
    };
  }

  /** A week of activity: what the reader should hear about, and what they should not. */
  async function fillWeek(
    db: Knex,
    surveys: SurveysService,
    people: Awaited<ReturnType<typeof company>>,
  ) {
    const { team, reader, colleague, otherTool } = people;
    const changelog = new ChangelogStore(db);
    const entry = async (
      fields: Partial<ChangelogFields>,
      publishedAt: Date,
    ) => {
      const id = await changelog.create(
        {
          title: 'Entry',
          body: 'Body',
          category: 'improved',
          toolRefs: [SECRETS],
          roadmapItemIds: [],
          earlyAccess: false,
          ...fields,
        },
        'draft',
        AUTHOR,
        publishedAt,
      );
      await changelog.publish(id, [], AUTHOR, publishedAt);
    };
    await entry(
      {
        title: 'Rotation without restarts',
        before: 'kubectl rollout restart deploy/app',
        after: 'Nothing: secrets reload by themselves',
      },
      day(10),
    );
    await entry(
      {
        title: 'Shorter leases',
        body: 'Leases last 1 h.\n\nRenew early.\nAsk us.\nMore.',
      },
      day(11),
    );
    await entry({ title: 'Last month' }, day(1));
    await entry(
      { title: 'Secret preview', earlyAccess: true, earlyAccessUntil: day(31) },
      day(10),
    );
    await entry({ title: 'Other tool', toolRefs: [otherTool] }, day(10));

    const roadmap = new RoadmapStore(db);
    const item = async (title: string, votes: string[]) => {
      const id = await roadmap.create(
        { ...roadmapItemFields({ title }), lane: 'next' },
        AUTHOR,
        day(1),
      );
      for (const voter of votes) {
        await roadmap.vote(id, voter, [team.ref], day(2));
      }
      return id;
    };
    const version = async (id: number) => (await roadmap.get(id))!.version;
    const moved = await item('Build cache', [reader]);
    await roadmap.move(moved, await version(moved), 'now', AUTHOR, day(9));
    const shipped = await item('ARM runners', [reader, colleague]);
    await roadmap.ship(shipped, await version(shipped), [], AUTHOR, day(12));
    const early = await item('Moved last month', [reader]);
    await roadmap.move(early, await version(early), 'now', AUTHOR, day(3));
    const back = await item('Moved and back', [reader]);
    await roadmap.move(back, await version(back), 'now', AUTHOR, day(9));
    await roadmap.move(back, await version(back), 'next', AUTHOR, day(10));
    const unvoted = await item('Nobody voted', []);
    await roadmap.move(unvoted, await version(unvoted), 'now', AUTHOR, day(9));

    const store = new SurveysStore(db);
    const survey = (title: string, closesAt: Date) =>
      store.create(
        {
          title,
          question: 'How likely…?',
          teamRefs: [team.ref],
          opensAt: day(1),
          closesAt,
        },
        AUTHOR,
        day(1),
      );
    await survey('Q4 NPS', day(31));
    const answered = await survey('Secrets NPS', day(30));
    await survey('Closed', day(5));
    await surveys.answer(
      answered,
      { score: 9, anonymous: true },
      mockCredentials.user(reader),
    );

    const champions = new ChampionsStore(db);
    const nomination = await champions.nominate(
      {
        nomineeRef: colleague,
        teamRef: team.ref,
        nominatorRef: AUTHOR,
        reason: 'Helps everyone',
        focusAreas: [],
      },
      day(8),
    );
    await champions.approve(nomination, AUTHOR, undefined, day(10));
  }

  describe('preview', () => {
    it.each(databases.eachSupportedId())(
      'composes a person’s coming digest from the week, on %p',
      async databaseId => {
        const setup = await setUp(databaseId);
        setup.clock.now = day(14, 8);
        const digest = await setup.replica().preview(setup.reader);
        expect(digest).toEqual({
          userRef: setup.reader,
          week: '2026-12-14',
          from: day(7, 9).toISOString(),
          to: day(14, 8).toISOString(),
          changes: [
            {
              entryId: expect.any(Number),
              title: 'Shorter leases',
              toolTitles: [expect.any(String)],
              excerpt: { text: 'Leases last 1 h.\nRenew early.\nAsk us.' },
            },
            {
              entryId: expect.any(Number),
              title: 'Rotation without restarts',
              toolTitles: [expect.any(String)],
              excerpt: {
                before: 'kubectl rollout restart deploy/app',
                after: 'Nothing: secrets reload by themselves',
              },
            },
          ],
          roadmap: [
            {
              itemId: expect.any(Number),
              title: 'Build cache',
              kind: 'moved',
              fromLane: 'next',
              toLane: 'now',
            },
            {
              itemId: expect.any(Number),
              title: 'ARM runners',
              kind: 'shipped',
            },
          ],
          // The preview never tells whether the person answered a survey.
          surveys: [
            {
              surveyId: expect.any(Number),
              title: 'Secrets NPS',
              closesAt: day(30).toISOString(),
            },
            {
              surveyId: expect.any(Number),
              title: 'Q4 NPS',
              closesAt: day(31).toISOString(),
            },
          ],
          champions: [
            {
              userRef: setup.colleague,
              teamRef: setup.team.ref,
              teamTitle: setup.team.title,
            },
          ],
        });
        const colleagues = await setup.replica().preview(setup.colleague);
        expect(colleagues.champions).toEqual([]);
      },
    );

    it.each(databases.eachSupportedId())(
      'refuses someone who is not in the catalog, on %p',
      async databaseId => {
        const setup = await setUp(databaseId);
        await expect(
          setup.replica().preview('user:default/nobody'),
        ).rejects.toThrow('No person user:default/nobody');
      },
    );
  });

  describe('runDue', () => {
    it.each(databases.eachSupportedId())(
      'sends each person with something to say one digest, on %p',
      async databaseId => {
        const setup = await setUp(databaseId);
        setup.clock.now = day(14, 9);
        const report = await setup.replica().runDue();
        const [notice] = setup.sentTo(setup.reader);
        expect(setup.sentTo(setup.reader)).toHaveLength(1);
        expect(notice.payload).toMatchObject({
          title: 'Your platform digest for the week of 2026-12-14',
          topic: 'platform-product-digest',
          scope: 'platform-product:digest:2026-12-14',
          link: '/product/changelog',
        });
        const text = notice.payload.description!;
        expect(text).toContain('Rotation without restarts');
        expect(text).toContain('Before: kubectl rollout restart deploy/app');
        expect(text).toContain('Build cache: moved from Next to Now');
        expect(text).toContain('ARM runners: shipped');
        expect(text).toContain('Q4 NPS');
        // Answered already; never names authors; no counts.
        expect(text).not.toContain('Secrets NPS');
        expect(text).not.toContain('sven.eriksen');
        for (const absent of ['Last month', 'Secret preview', 'Other tool']) {
          expect(text).not.toContain(absent);
        }
        for (const absent of [
          'Moved last month',
          'Moved and back',
          'Nobody voted',
        ]) {
          expect(text).not.toContain(absent);
        }
        // Nothing to say: no notification, and the week is settled for them.
        expect(setup.sentTo(setup.outsider)).toEqual([]);
        const outcomes = await new DigestStore(setup.db).outcomes('2026-12-14');
        expect(outcomes.get(setup.reader)).toBe('sent');
        expect(outcomes.get(setup.outsider)).toBe('empty');
        expect(report.sent).toBe(setup.sent.length);
        expect(report.sent + report.empty + report.muted).toBe(outcomes.size);
      },
    );

    it.each(databases.eachSupportedId())(
      'sends nothing twice with two replicas running the same week, on %p',
      async databaseId => {
        const setup = await setUp(databaseId);
        setup.clock.now = day(14, 10);
        const [a, b] = [setup.replica(), setup.replica()];
        await Promise.all([a.runDue(), b.runDue(), a.runDue()]);
        await Promise.all([a.runDue(), b.runDue()]);
        const recipients = setup.sent.map(
          n => (n.recipients as any).entityRef as string,
        );
        expect(recipients.length).toBeGreaterThan(1);
        expect(new Set(recipients).size).toBe(recipients.length);
        expect(setup.sentTo(setup.reader)).toHaveLength(1);
        expect(setup.sentTo(setup.colleague)).toHaveLength(1);
      },
    );

    it.each(databases.eachSupportedId())(
      'respects a person who turned the digest off, on %p',
      async databaseId => {
        const setup = await setUp(databaseId);
        const service = setup.replica();
        await service.setSettings(setup.reader, { enabled: false });
        expect(await service.settings(setup.reader)).toEqual({
          enabled: false,
        });
        await service.runDue();
        expect(setup.sentTo(setup.reader)).toEqual([]);
        expect(setup.sentTo(setup.colleague)).toHaveLength(1);
        const outcomes = await new DigestStore(setup.db).outcomes('2026-12-14');
        expect(outcomes.get(setup.reader)).toBe('muted');
      },
    );

    it.each(databases.eachSupportedId())(
      'retries a send that failed, on %p',
      async databaseId => {
        const setup = await setUp(databaseId);
        setup.failNextSends(1000);
        expect((await setup.replica().runDue()).sent).toBe(0);
        setup.failNextSends(0);
        await setup.replica().runDue();
        expect(setup.sentTo(setup.reader)).toHaveLength(1);
      },
    );
  });
});
