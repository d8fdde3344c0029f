import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { CatalogService } from '@backstage/plugin-catalog-node';
import request from 'supertest';
import { auditorSpy } from '../__testUtils__/auditorSpy';
import { permissionsFor } from '../__testUtils__/permissionsFor';
import { startBackend } from '../__testUtils__/startBackend';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';

/*
 * The attacks an independent review ran against anonymous answers, kept as tests. The attacker
 * is a maintainer with every permission, or a developer watching the pages.
 */

jest.setTimeout(120_000);

const DAY = 24 * 60 * 60 * 1000;
const days = (n: number) => new Date(Date.now() + n * DAY).toISOString();
const user = (name: string) => `user:default/${name}`;
const SVEN = user('sven.eriksen');
const ALEX = user('alex.morgan');
const RAVI = user('ravi.iyer'); // in Search and in Payments Core
const SEARCH = ['chloe.dubois', 'elena.popescu', 'noah.okafor', 'zara.ali'];
const PAYMENTS = ['felix.weber', 'yuki.sato', 'samir.rahman', 'clara.moreau'];
const PAYMENTS_REST = ['owen.evans', 'leila.karimi'];
const CI = 'component:default/ci-pipelines';

type Recorded = { method: string; principal: any }[];

/** The example catalog, recording whose credentials each read used. */
function recording(reads: Recorded) {
  return (catalog: CatalogService): CatalogService =>
    new Proxy(catalog, {
      get(target, method: string) {
        const original = (target as any)[method];
        if (typeof original !== 'function') return original;
        return (...args: any[]) => {
          const options = args.find(a => a?.credentials);
          reads.push({ method, principal: options?.credentials.principal });
          return original.apply(target, args);
        };
      },
    });
}

async function start(
  options: { minGroupSize?: number; database?: any; reads?: Recorded } = {},
) {
  const audit = auditorSpy();
  const server = await startBackend({
    config: {
      platformProduct: {
        feedback: { minGroupSize: options.minGroupSize ?? 5 },
      },
    },
    catalog: options.reads && recording(options.reads),
    features: [
      audit.factory,
      permissionsFor([SVEN]),
      ...(options.database ? [options.database] : []),
    ],
  });
  const api = (method: 'get' | 'post' | 'put', path: string, by: string) =>
    request(server)
      [method](`/api/platform-product${path}`)
      .set({ Authorization: mockCredentials.user.header(by) });
  const survey = async (teams: string[]) =>
    (
      await api('post', '/surveys', SVEN).send({
        title: 'Pulse',
        teamRefs: teams.map(t => `group:default/${t}`),
        opensAt: days(-1),
        closesAt: days(14),
      })
    ).body.id as number;
  const answer = (id: number, by: string, score: number, reason?: string) =>
    api('put', `/surveys/${id}/response`, by).send({ score, reason });
  return { api, survey, answer, events: audit.events };
}

/** What anyone can learn by subtraction must be empty or a group of at least `k`. */
function expectNoSmallGroupDerivable(results: any, k: number) {
  const shown = results.teams.filter((t: any) => t.score);
  for (const team of shown) {
    expect(team.responses).toBeGreaterThanOrEqual(k);
  }
  if (!results.overall) {
    expect(shown).toEqual([]);
    return;
  }
  const rollUps = results.departments.map((d: any) => d.score.responses);
  for (const responses of rollUps) {
    expect(responses).toBeGreaterThanOrEqual(k);
  }
  // Roll-ups combine only teams not shown on their own: every shown figure is disjoint.
  const shownRefs = shown.map((t: any) => t.teamRef);
  const rolledRefs = results.departments.flatMap((d: any) =>
    d.teams.map((t: any) => t.teamRef),
  );
  expect(new Set([...shownRefs, ...rolledRefs]).size).toBe(
    shownRefs.length + rolledRefs.length,
  );
  const rest =
    results.overall.responses -
    shown.reduce((sum: number, t: any) => sum + t.responses, 0) -
    rollUps.reduce((sum: number, n: number) => sum + n, 0);
  expect(rest === 0 || rest >= k).toBe(true);
}

describe('anonymity against combined views', () => {
  it('differencing two team slices that share a member reveals no one', async () => {
    const { api, survey, answer } = await start();
    const id = await survey(['search', 'payments-core']);
    // Ravi, the one person in both teams, is the only detractor.
    await answer(id, RAVI, 0, 'Too slow');
    for (const name of [...SEARCH, ...PAYMENTS, ...PAYMENTS_REST]) {
      await answer(id, user(name), 9);
    }
    const results = (await api('get', `/surveys/${id}/results`, SVEN)).body;
    expect(results.overall).toMatchObject({ responses: 11, detractors: 1 });
    expectNoSmallGroupDerivable(results, 5);
    // Search has 4 answers of its own (Ravi counts once, for Payments Core): hidden, and
    // Payments Core with it, or overall − Payments Core would be Search's 4.
    expect(results.teams.filter((t: any) => t.score)).toEqual([]);
  });

  it('counts a person in two teams once, so shown slices add up to the whole', async () => {
    const { api, survey, answer } = await start({ minGroupSize: 4 });
    const id = await survey(['search', 'payments-core']);
    await answer(id, RAVI, 0);
    for (const name of [...SEARCH, ...PAYMENTS, ...PAYMENTS_REST]) {
      await answer(id, user(name), 9);
    }
    const results = (await api('get', `/surveys/${id}/results`, SVEN)).body;
    const shown = results.teams.filter((t: any) => t.score);
    expect(shown.map((t: any) => t.title).sort()).toEqual([
      'Payments Core',
      'Search & Discovery',
    ]);
    const sum = (field: string) =>
      shown.reduce((s: number, t: any) => s + t.score[field], 0);
    // Search + Payments Core − overall = nothing, not Ravi's answer.
    expect(sum('responses')).toBe(results.overall.responses);
    expect(sum('detractors')).toBe(results.overall.detractors);
    expectNoSmallGroupDerivable(results, 4);
  });

  it('shows nothing of a survey with one anonymous answer, in any view or export', async () => {
    const { api, survey, answer } = await start();
    const id = await survey(['search']);
    await answer(id, user('zara.ali'), 0, 'Broken again');
    const views = {
      results: await api('get', `/surveys/${id}/results`, SVEN),
      list: await api('get', '/surveys', user('chloe.dubois')),
      trend: await api('get', '/surveys/trend', SVEN),
      comments: await api('get', `/surveys/${id}/comments`, SVEN),
      answers: await api('get', `/surveys/${id}/export`, SVEN).query({
        part: 'answers',
      }),
      teams: await api('get', `/surveys/${id}/export`, SVEN).query({
        part: 'teams',
      }),
    };
    expect(views.results.body).toMatchObject({
      overall: null,
      responseRate: null,
    });
    expect(views.list.body.items[0].responseCount).toBeNull();
    expect(views.trend.body.items).toEqual([
      expect.objectContaining({ surveyId: id, score: null }),
    ]);
    expect(views.comments.status).toBe(409);
    expect(views.answers.status).toBe(409);
    for (const row of views.teams.text.trim().split('\r\n').slice(1)) {
      expect(row).toMatch(/^[^,]+,\d+,,,,,,,hidden: /);
    }
    for (const view of Object.values(views)) {
      expect(view.text).not.toContain('Broken again');
    }
  });

  it('someone watching ratings, insights and surveys learns nothing until the minimum group size', async () => {
    const { api, survey, answer } = await start();
    const id = await survey(['checkout']);
    const watcher = SVEN; // may read everything
    const watch = async () =>
      JSON.stringify([
        (await api('get', `/surveys/${id}/results`, watcher)).body,
        (await api('get', '/ratings', watcher).query({ toolRef: CI })).body,
        (await api('get', '/insights/tools', watcher)).body,
        (await api('get', '/insights/teams/group/default/checkout', watcher))
          .body,
        (await api('get', '/surveys', watcher)).body,
      ]);
    const before = await watch();
    const checkout = [
      'liam.walsh',
      'aisha.bello',
      'mateo.garcia',
      'kenji.tanaka',
    ];
    for (const [i, name] of checkout.entries()) {
      await api('put', '/ratings', user(name)).send({
        toolRef: CI,
        stars: i === 0 ? 1 : 5,
        anonymous: true,
      });
      await answer(id, user(name), i);
      // Each of the first four contributions changes nothing anyone else can see.
      expect(await watch()).toEqual(before);
    }
  });

  it('never reads the catalog with the credentials of someone acting anonymously', async () => {
    const reads: Recorded = [];
    const { api, survey, answer, events } = await start({ reads });
    const id = await survey(['storefront']);
    // What the UI does: the anonymous write, then reading the card or prompt again.
    await api('put', '/ratings', ALEX).send({
      toolRef: CI,
      stars: 1,
      anonymous: true,
    });
    await api('get', '/ratings', ALEX).query({ toolRef: CI });
    await api('post', '/feedback', ALEX).send({
      toolRef: CI,
      title: 'Flaky',
      anonymous: true,
    });
    await answer(id, ALEX, 2, 'Slow');
    await api('get', '/surveys/prompts', ALEX);
    // The recorder works (the maintainer's survey read the catalog), and nothing read as Alex.
    expect(reads.length).toBeGreaterThan(0);
    expect(JSON.stringify(reads)).not.toContain('alex.morgan');
    const anonymous = events.filter(e => e.options.meta?.anonymous === true);
    expect(anonymous.map(e => e.options.eventId).sort()).toEqual([
      'feedback-create',
      'rating-set',
      'survey-answer',
    ]);
    for (const event of anonymous) {
      expect(event.options.request).toBeUndefined();
      expect(JSON.stringify(event.options.meta ?? {})).not.toContain('alex');
    }
  });

  it('refuses writes from identities that are not people of the catalog', async () => {
    const { api } = await start();
    const guest = 'user:development/guest';
    const rated = await api('put', '/ratings', guest).send({
      toolRef: CI,
      stars: 5,
    });
    expect(rated.status).toBe(403);
    expect(rated.body.error.message).toContain(
      'not a person of the software catalog',
    );
    expect(
      (await api('post', '/feedback', guest).send({ toolRef: CI, title: 'Hi' }))
        .status,
    ).toBe(403);
    expect(
      (await api('get', '/ratings', guest).query({ toolRef: CI })).status,
    ).toBe(200);
  });

  describe('in the database', () => {
    const databases = TestDatabases.create({ ids: testDatabaseIds() });

    it.each(databases.eachSupportedId())(
      'links no anonymous contribution to its author or their other contributions, on %p',
      async databaseId => {
        const knex = await databases.init(databaseId);
        const { api } = await start({
          database: mockServices.database.factory({ knex }),
        });
        const send = (title: string, anonymous: boolean) =>
          api('post', '/feedback', ALEX).send({
            toolRef: CI,
            title,
            anonymous,
          });
        const named = (await send('Named one', false)).body;
        const hidden = (await send('Anonymous one', true)).body;
        await send('Named two', false);
        await api('put', '/ratings', ALEX).send({ toolRef: CI, stars: 4 });
        await api('put', '/ratings', ALEX).send({
          toolRef: CI,
          stars: 1,
          anonymous: true,
        });

        const items = await knex('platform_product_feedback_items');
        const anonymousRow = items.find(i => Number(i.id) === hidden.id);
        expect(anonymousRow.author_ref).toBeNull();
        // No stored value of the anonymous item appears anywhere else in the database.
        const tables = (
          await knex('platform_product_feedback_items').select('*')
        ).filter(i => Number(i.id) !== hidden.id);
        const elsewhere = JSON.stringify([
          tables,
          await knex('platform_product_ratings'),
          await knex('platform_product_rating_history'),
        ]);
        expect(elsewhere).not.toContain(anonymousRow.author_key);
        expect(elsewhere).not.toContain(anonymousRow.author_salt);
        // The rating went anonymous: no row of either rating table names Alex.
        expect(
          JSON.stringify([
            await knex('platform_product_ratings'),
            await knex('platform_product_rating_history'),
          ]),
        ).not.toContain('alex');
        // Alex is still recognised as the author of both, and only of his own.
        for (const item of [named, hidden]) {
          const mine = await api('get', `/feedback/${item.id}`, ALEX);
          expect(mine.body.mine).toBe(true);
          const other = await api('get', `/feedback/${item.id}`, SVEN);
          expect(other.body.mine).toBe(false);
        }
        const onlyMine = await api('get', '/feedback', ALEX).query({
          mine: true,
        });
        expect(onlyMine.body.items.map((i: any) => i.title).sort()).toEqual([
          'Named one',
          'Named two',
        ]);
      },
    );
  });

  describe('department roll-ups', () => {
    const databases = TestDatabases.create({ ids: testDatabaseIds() });
    const answering = {
      checkout: ['liam.walsh', 'aisha.bello', 'mateo.garcia'],
      checkoutMore: ['hannah.schmidt', 'kenji.tanaka', 'fatima.khan'],
      storefront: ['alex.morgan', 'priya.shah', 'jonas.becker'],
      promotions: ['diego.fernandez', 'ingrid.larsen'],
      // Hugo is in Fraud Detection and Recommendations: he counts for Fraud Detection only.
      fraud: ['marco.bianchi', 'nadia.petrova', 'erik.nilsson', 'grace.kim'],
      fraudMore: ['hugo.laurent'],
      billing: ['anika.gupta'],
    };

    it.each(databases.eachSupportedId())(
      'combines small teams per department, and no subtraction isolates a hidden team, on %p',
      async databaseId => {
        const knex = await databases.init(databaseId);
        const { api, survey, answer } = await start({
          database: mockServices.database.factory({ knex }),
        });
        const id = await survey([]);
        for (const name of Object.values(answering).flat()) {
          await answer(id, user(name), name === 'anika.gupta' ? 0 : 9);
        }
        const results = (await api('get', `/surveys/${id}/results`, SVEN)).body;
        expect(results.overall).toMatchObject({ responses: 17, detractors: 1 });
        expectNoSmallGroupDerivable(results, 5);
        // Fraud Detection (5) alone beside a Payments figure would give Billing's one answer
        // away: it is counted in "other teams of Payments" instead.
        const shownTeams = results.teams.filter((t: any) => t.score);
        expect(shownTeams.map((t: any) => t.title)).toEqual(['Checkout']);
        const rollUp = (title: string) => {
          const department = results.departments.find(
            (d: any) => d.title === title,
          );
          return {
            responses: department.score.responses,
            teams: department.teams.map((t: any) => t.title).sort(),
          };
        };
        expect(results.departments).toHaveLength(2);
        expect(rollUp('Commerce')).toEqual({
          responses: 5,
          teams: ['Promotions', 'Search & Discovery', 'Storefront'],
        });
        expect(rollUp('Payments')).toEqual({
          responses: 6,
          teams: ['Billing', 'Fraud Detection', 'Payments Core'],
        });

        const csv = await api('get', `/surveys/${id}/export`, SVEN).query({
          part: 'teams',
        });
        const lines = csv.text.split('\r\n');
        expect(lines).toContain(
          'Commerce: Promotions + Search & Discovery + Storefront,15,5,0.333,5,0,0,100,roll-up of the teams not shown on their own',
        );
        expect(lines.filter(line => /,hidden: /.test(line))).toHaveLength(
          results.teams.length - 1,
        );
      },
    );

    it('shows no roll-up that is one hidden team: department − its shown teams', async () => {
      const { api, survey, answer } = await start();
      const id = await survey(['checkout', 'storefront']);
      for (const name of [...answering.checkout, ...answering.checkoutMore]) {
        await answer(id, user(name), 9);
      }
      await answer(id, user('alex.morgan'), 0);
      const results = (await api('get', `/surveys/${id}/results`, SVEN)).body;
      expectNoSmallGroupDerivable(results, 5);
      // Checkout alone would leave Alex's answer as overall − Checkout: both go into Commerce.
      expect(results.teams.filter((t: any) => t.score)).toEqual([]);
      expect(results.departments).toEqual([
        expect.objectContaining({
          title: 'Commerce',
          score: expect.objectContaining({ responses: 7, detractors: 1 }),
        }),
      ]);
    });
  });

  it('changelog read receipts: no team below the minimum, and no subtraction isolates one', async () => {
    const { api } = await start();
    const entry = (
      await api('post', '/changelog', SVEN).send({
        title: 'Secrets rotate without restarts',
        category: 'improved',
        toolRefs: ['api:default/secrets-api'],
        status: 'published',
      })
    ).body;
    // The four people of Billing open the changelog: a team below the minimum.
    for (const name of [
      'anika.gupta',
      'ben.cohen',
      'rosa.lopez',
      'kwame.mensah',
    ]) {
      await api('post', '/changelog/seen', user(name));
    }
    expect(
      (await api('get', `/changelog/${entry.id}/reach`, ALEX)).status,
    ).toBe(403);
    const reach = (await api('get', `/changelog/${entry.id}/reach`, SVEN)).body;
    expect(reach.overall.audience).toBeGreaterThanOrEqual(27);
    const shown = reach.teams.filter((t: any) => t.reach);
    for (const team of shown) {
      expect(team.reach.audience).toBeGreaterThanOrEqual(5);
    }
    const hidden = reach.teams.filter((t: any) => !t.reach);
    expect(hidden.map((t: any) => t.title)).toEqual(
      expect.arrayContaining(['Billing', 'Security']),
    );
    // Overall minus every shown team leaves a group of at least the minimum.
    const sum = (key: 'audience' | 'readers') =>
      shown.reduce((n: number, t: any) => n + t.reach[key], 0);
    const rest = reach.overall.audience - sum('audience');
    expect(rest === 0 || rest >= 5).toBe(true);
    // The shown teams are disjoint slices of the overall figure (a person in several teams
    // counts for one): their sums never exceed it.
    expect(sum('readers')).toBeLessThanOrEqual(reach.overall.readers);
    // Nobody is named: counts only.
    expect(JSON.stringify(reach)).not.toMatch(/user:/);
  });

  describe('changelog reach across views', () => {
    const databases = TestDatabases.create({ ids: testDatabaseIds() });
    const DB_PROVISIONER = 'component:default/db-provisioner';
    /** The figures of the shown teams, added up as a reader would. */
    const sumOf = (teams: any[]) =>
      teams.reduce(
        (n, t) => ({
          audience: n.audience + (t.reach?.audience ?? 0),
          readers: n.readers + (t.reach?.readers ?? 0),
        }),
        { audience: 0, readers: 0 },
      );

    it.each(databases.eachSupportedId())(
      'team A + team B − overall never isolates a person in both teams, on %p',
      async databaseId => {
        const knex = await databases.init(databaseId);
        // With a minimum of 4, every team the DB Provisioner reaches is large enough to show:
        // Checkout 7, Payments Core 7, Search & Discovery 5 and Billing 4, with Ravi in both
        // Search and Payments Core (22 people).
        const { api } = await start({
          minGroupSize: 4,
          database: mockServices.database.factory({ knex }),
        });
        const entry = (
          await api('post', '/changelog', SVEN).send({
            title: 'Faster provisioning',
            category: 'improved',
            toolRefs: [DB_PROVISIONER],
            status: 'published',
          })
        ).body;
        for (const name of ['ravi.iyer', 'liam.walsh', 'aisha.bello']) {
          await api('post', '/changelog/seen', user(name));
        }
        const reach = (await api('get', `/changelog/${entry.id}/reach`, SVEN))
          .body;
        expect(reach.overall).toEqual({ audience: 22, readers: 3 });
        const shown = reach.teams.filter((t: any) => t.reach);
        expect(shown.map((t: any) => t.title).sort()).toEqual([
          'Billing',
          'Checkout',
          'Payments Core',
          'Search & Discovery',
        ]);
        // Without one team per person, Search + Payments Core − overall would be Ravi's read.
        expect(sumOf(shown)).toEqual(reach.overall);
      },
    );

    it.each(databases.eachSupportedId())(
      'the week minus its shown entries never isolates a hidden entry, on %p',
      async databaseId => {
        const knex = await databases.init(databaseId);
        const { api } = await start({
          database: mockServices.database.factory({ knex }),
        });
        // E1 reaches the 22 people of the DB Provisioner; E2 only the one voter of an item.
        const item = (
          await api('post', '/roadmap/items', SVEN).send({
            title: 'Secret versions',
            lane: 'now',
            ownerRef: 'group:default/platform',
            toolRefs: [],
            reach: 10,
            impact: 1,
            confidence: 1,
            effort: 1,
          })
        ).body;
        await api('put', `/roadmap/items/${item.id}/vote`, ALEX).expect(200);
        const publish = async (title: string, fields: object) =>
          (
            await api('post', '/changelog', SVEN).send({
              title,
              category: 'improved',
              status: 'published',
              ...fields,
            })
          ).body.id as number;
        const e1 = await publish('Faster provisioning', {
          toolRefs: [DB_PROVISIONER],
        });
        const e2 = await publish('Secret versions', {
          roadmapItemIds: [item.id],
        });
        for (const name of ['alex.morgan', 'liam.walsh', 'aisha.bello']) {
          await api('post', '/changelog/seen', user(name));
        }
        const reachOf = async (id: number) =>
          (await api('get', `/changelog/${id}/reach`, SVEN)).body;
        const entries = [await reachOf(e1), await reachOf(e2)];
        expect(entries.map(e => e.overall)).toEqual([
          { audience: 22, readers: 2 },
          null,
        ]);
        const weeks = (
          await api('get', '/insights/changelog-reach', SVEN).query({
            weeks: 1,
          })
        ).body;
        expect(weeks.items).toEqual([expect.objectContaining({ entries: 2 })]);
        // The week adds up the shown entry figures only: without that, the week minus E1
        // would be E2's audience of one and whether Alex read it.
        const visible = entries.flatMap(e => (e.overall ? [e.overall] : []));
        expect(weeks.items[0].reach).toEqual(
          visible.reduce(
            (n, f) => ({
              audience: n.audience + f.audience,
              readers: n.readers + f.readers,
            }),
            { audience: 0, readers: 0 },
          ),
        );
      },
    );
  });
});
