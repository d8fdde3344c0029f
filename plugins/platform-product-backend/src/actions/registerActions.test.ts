import { createServiceFactory } from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import request from 'supertest';
import { auditorSpy } from '../__testUtils__/auditorSpy';
import { permissionsFor } from '../__testUtils__/permissionsFor';
import { rollUpUsage, startBackend } from '../__testUtils__/startBackend';

const SECRETS = 'api:default/secrets-api';
const ALEX = 'user:default/alex.morgan';
const SVEN = 'user:default/sven.eriksen';
const GUEST = 'user:development/guest';

/** The real plugin with the actions registry's test double, which invokes actions in-process. */
async function start() {
  const registry = actionsRegistryServiceMock({
    logger: mockServices.logger.mock(),
  });
  const audit = auditorSpy();
  const server = await startBackend({
    features: [
      audit.factory,
      permissionsFor([SVEN]),
      createServiceFactory({
        service: actionsRegistryServiceRef,
        deps: {},
        factory: () => registry,
      }),
    ],
  });
  const invoke = (name: string, input: object, userRef?: string) =>
    registry
      .invoke({
        id: `test:${name}`,
        input: input as any,
        credentials: userRef
          ? mockCredentials.user(userRef)
          : mockCredentials.service(),
      })
      .then(r => r.output as any);
  const http = (path: string, userRef: string) =>
    request(server)
      .get(`/api/platform-product${path}`)
      .set({ Authorization: mockCredentials.user.header(userRef) });
  return { registry, invoke, http, server, events: audit.events };
}

describe('actions', () => {
  it('registers every action with its attributes and visibility permission', async () => {
    const { registry } = await start();
    const { actions } = await registry.list();
    expect(
      Object.fromEntries(
        actions.map(a => [a.name, [a.attributes, !!a.schema.input]]),
      ),
    ).toEqual({
      'get-roadmap': [
        { readOnly: true, destructive: false, idempotent: true },
        true,
      ],
      'get-roadmap-item': [
        { readOnly: true, destructive: false, idempotent: true },
        true,
      ],
      'get-tool-health': [
        { readOnly: true, destructive: false, idempotent: true },
        true,
      ],
      'list-tool-changes': [
        { readOnly: true, destructive: false, idempotent: true },
        true,
      ],
      'submit-tool-feedback': [
        { readOnly: false, destructive: false, idempotent: false },
        true,
      ],
      'rate-tool': [
        { readOnly: false, destructive: false, idempotent: true },
        true,
      ],
      'draft-changelog-entry': [
        { readOnly: false, destructive: false, idempotent: false },
        true,
      ],
    });
    const visibility = Object.fromEntries(
      [...registry.actions.values()].map(a => [
        a.name,
        a.visibilityPermission?.name,
      ]),
    );
    expect(visibility).toMatchObject({
      'get-tool-health': 'platform-product.insights.read',
      'submit-tool-feedback': 'platform-product.feedback.create',
      'rate-tool': 'platform-product.feedback.create',
      'draft-changelog-entry': 'platform-product.changelog.create',
    });
    for (const action of actions) {
      expect(action.examples?.length).toBeGreaterThan(0);
    }
  });

  it('reads the roadmap and an item with RICE as the HTTP API does, for people only', async () => {
    const { invoke, http, server } = await start();
    const created = await request(server)
      .post('/api/platform-product/roadmap/items')
      .set({ Authorization: mockCredentials.user.header(SVEN) })
      .send({
        title: 'Rotation without restarts',
        lane: 'now',
        ownerRef: 'group:default/platform',
        toolRefs: [SECRETS],
        reach: 40,
        impact: 2,
        confidence: 0.5,
        effort: 4,
      });
    expect(created.status).toBe(201);
    expect(
      await invoke('get-roadmap-item', { id: created.body.id }, ALEX),
    ).toMatchObject({
      id: created.body.id,
      lane: 'now',
      toolRefs: [SECRETS],
      rice: { reach: 40, impact: 2, confidence: 0.5, effort: 4, score: 10 },
      history: [{ kind: 'created' }],
    });

    const roadmap = await invoke('get-roadmap', { limit: 100 }, ALEX);
    const viaHttp = await http('/roadmap/items?limit=100', ALEX);
    expect(roadmap.items.map((i: any) => i.id)).toEqual(
      viaHttp.body.items.map((i: any) => i.id),
    );
    expect(roadmap.totalCount).toBe(1);
    expect(roadmap.totalCount).toBe(viaHttp.body.totalCount);

    await expect(invoke('get-roadmap', {})).rejects.toMatchObject({
      name: 'NotAllowedError',
    });
    await expect(
      invoke('get-roadmap-item', { id: 424242 }, ALEX),
    ).rejects.toMatchObject({ name: 'NotFoundError' });
  });

  it('gets a tool health and its recent changes, with the insights permission', async () => {
    const { invoke, server } = await start();
    // Checkout declares Secrets Manager and uses it; Search uses it without declaring it.
    const used = await request(server)
      .post('/api/platform-product/usage/events')
      .set({ Authorization: mockCredentials.user.header(SVEN) })
      .send({
        events: ['checkout', 'search'].map(team => ({
          id: `read-${team}`,
          toolRef: SECRETS,
          teamRef: `group:default/${team}`,
          action: 'secret-read',
          occurredAt: new Date().toISOString(),
        })),
      });
    expect(used.body).toMatchObject({ accepted: 2, rejected: [] });
    await rollUpUsage(server);
    const health = await invoke('get-tool-health', { toolRef: SECRETS }, ALEX);
    expect(health).toMatchObject({
      toolRef: SECRETS,
      adoption: { adoptingTeams: 5, eligibleTeams: 13 },
      activeAdoption: { activeTeams: 2, eligibleTeams: 13, rate: 2 / 13 },
      activeDays: 28,
      gap: { activeUndeclared: ['group:default/search'] },
      mandated: false,
      satisfaction: { ratings: null, average: null },
      openFeedback: 0,
      captive: false,
    });
    // The five declaring teams but Checkout.
    expect(health.gap.declaredInactive).toHaveLength(4);
    expect(health.gap.declaredInactive).not.toContain('group:default/checkout');
    await expect(
      invoke('get-tool-health', { toolRef: 'component:default/nope' }, ALEX),
    ).rejects.toMatchObject({ name: 'NotFoundError' });

    await invoke(
      'draft-changelog-entry',
      { title: 'Not yet', category: 'new', toolRefs: [SECRETS] },
      SVEN,
    );
    // A draft is not a change readers see.
    expect(
      await invoke('list-tool-changes', { toolRef: SECRETS }, ALEX),
    ).toEqual({ items: [] });
  });

  it('sends feedback and ratings named as the caller, and refuses anonymous ones, which the caller’s server would record', async () => {
    const { invoke, events, http } = await start();
    const named = await invoke(
      'submit-tool-feedback',
      { toolRef: SECRETS, title: 'Rotation restarts pods' },
      ALEX,
    );
    expect((await http(`/feedback/${named.id}`, SVEN)).body).toMatchObject({
      authorRef: ALEX,
    });
    await expect(
      invoke(
        'submit-tool-feedback',
        { toolRef: SECRETS, title: 'Too slow', anonymous: true },
        ALEX,
      ),
    ).rejects.toThrow(/anonymous: not offered through actions/);
    await expect(
      invoke(
        'rate-tool',
        { toolRef: SECRETS, stars: 2, anonymous: true },
        ALEX,
      ),
    ).rejects.toThrow(/anonymous: not offered through actions/);

    const created = events.filter(e => e.options.eventId === 'feedback-create');
    expect(created.map(e => [e.options.meta, e.outcome])).toEqual([
      [
        { toolRef: SECRETS, anonymous: false, via: 'actions', actorRef: ALEX },
        'success',
      ],
    ]);
    const summary = (
      await http(`/ratings?toolRef=${encodeURIComponent(SECRETS)}`, ALEX)
    ).body;
    expect(summary.toolRef).toBe(SECRETS);
    expect(summary.mine).toBeUndefined();
  });

  it('refuses bad input naming the field, and identities that are not people', async () => {
    const { invoke } = await start();
    await expect(
      invoke(
        'submit-tool-feedback',
        { toolRef: SECRETS, title: 'bell\u0007' },
        ALEX,
      ),
    ).rejects.toThrow(/title: must not contain control characters/);
    await expect(
      invoke('rate-tool', { toolRef: SECRETS, stars: 4 }, GUEST),
    ).rejects.toMatchObject({ name: 'NotAllowedError' });
    expect(
      await invoke('rate-tool', { toolRef: SECRETS, stars: 4 }, ALEX),
    ).toEqual({ toolRef: SECRETS, stars: 4 });
  });

  it('drafts changelog entries only, for people with changelog.create, audited like the route', async () => {
    const { invoke, events, http } = await start();
    await expect(
      invoke('draft-changelog-entry', { title: 'Hi', category: 'new' }, ALEX),
    ).rejects.toMatchObject({ name: 'NotAllowedError' });
    const draft = await invoke(
      'draft-changelog-entry',
      {
        title: 'Secrets rotate without restarts',
        category: 'improved',
        toolRefs: [SECRETS],
        // Not in the action's schema: it cannot publish.
        status: 'published',
      },
      SVEN,
    );
    expect(draft).toEqual({
      id: expect.any(Number),
      status: 'draft',
      link: `/platform-product/changelog/${draft.id}`,
    });
    expect(
      (await http(`/changelog/${draft.id}`, SVEN).then(r => r.body)).status,
    ).toBe('draft');
    expect(
      events
        .filter(e => e.options.eventId === 'changelog-create')
        .map(e => [e.options.meta, e.outcome]),
    ).toEqual([
      [{ via: 'actions', actorRef: ALEX }, 'fail'],
      [{ via: 'actions', actorRef: SVEN }, 'success'],
    ]);
  });
});
