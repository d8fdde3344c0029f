import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  apiRoutes,
  championsActivityPermission,
  championsManagePermission,
} from 'backstage-plugin-platform-product-common';
import Router from 'express-promise-router';
import { ChampionsService } from '../services/ChampionsService';
import { UserCredentials } from '../lib/credentials';
import { allowed, authorize } from './authorize';
import { IdempotentCreates } from './idempotency';
import { pathId, routeKit } from './mutation';
import { parseRequest } from './validation';

/** The champions program: roster, coverage, nominations, kudos, activity log. */
export function createChampionsRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  champions: ChampionsService;
  idempotency: IdempotentCreates;
}) {
  const { permissions, champions, idempotency } = options;
  const router = Router();
  const { user, mutation } = routeKit(options);

  async function access(credentials: UserCredentials) {
    const [manage] = await allowed(
      permissions,
      [championsManagePermission],
      credentials,
    );
    return { credentials, manage };
  }

  router.get('/champions', async (req, res) => {
    const filter = parseRequest(apiRoutes.listChampions, 'query', req);
    await user(req);
    res.json(await champions.roster(filter));
  });

  router.get('/champions/coverage', async (req, res) => {
    res.json(await champions.coverage(await user(req)));
  });

  router.get('/champions/coverage/history', async (req, res) => {
    const { days } = parseRequest(apiRoutes.getCoverageHistory, 'query', req);
    await user(req);
    res.json({ items: await champions.coverageHistory(days) });
  });

  router.get('/champions/me', async (req, res) => {
    res.json(await champions.status(await user(req)));
  });

  router.get('/champions/profile', async (req, res) => {
    const { userRef } = parseRequest(
      apiRoutes.getChampionProfile,
      'query',
      req,
    );
    await user(req);
    res.json(await champions.profile(userRef));
  });

  router.get('/champions/nominations', async (req, res) => {
    const filter = parseRequest(apiRoutes.listNominations, 'query', req);
    res.json(
      await champions.nominations(filter, await access(await user(req))),
    );
  });

  router.post(
    '/champions/nominations',
    mutation(apiRoutes.nominate, {
      eventId: 'champion-nominate',
      severity: 'low',
      meta: ({ body }, req) => ({
        ...pathId(body, req),
        teamRef: body.teamRef,
      }),
      caller: access,
      run: ({ body }, caller, req) =>
        idempotency
          .of(req, 'champion-nomination', caller.credentials, body)
          .run(
            once => champions.nominate(body, caller, once),
            id => champions.getNomination(id),
          ),
    }),
  );

  router.post(
    '/champions/nominations/:id/approve',
    mutation(apiRoutes.approveNomination, {
      eventId: 'champion-approve',
      severity: 'low',
      meta: pathId,
      run: ({ params, body }, { credentials }) =>
        champions.approve(params.id, body.focusAreas, credentials),
    }),
  );

  router.post(
    '/champions/nominations/:id/decline',
    mutation(apiRoutes.declineNomination, {
      eventId: 'champion-decline',
      severity: 'low',
      meta: pathId,
      run: ({ params, body }, { credentials }) =>
        champions.decline(params.id, body.reason, credentials),
    }),
  );

  /** Stepping down (the champion) or moving to the alumni (a maintainer). */
  router.post(
    '/champions/:id/retire',
    mutation(apiRoutes.retireChampion, {
      eventId: 'champion-retire',
      severity: 'low',
      meta: pathId,
      caller: access,
      authorize: async caller => {
        if (!caller.manage) {
          await authorize(
            permissions,
            championsActivityPermission,
            caller.credentials,
          );
        }
      },
      run: ({ params }, caller) => champions.retire(params.id, caller),
    }),
  );

  router.get('/champions/kudos', async (req, res) => {
    const filter = parseRequest(apiRoutes.listKudos, 'query', req);
    await user(req);
    res.json(await champions.kudos(filter));
  });

  router.post(
    '/champions/kudos',
    mutation(apiRoutes.giveKudos, {
      eventId: 'champion-kudos',
      severity: 'low',
      meta: ({ body }, req) => ({
        ...pathId(body, req),
        championRef: body.championRef,
      }),
      run: ({ body }, { credentials }, req) =>
        idempotency.of(req, 'champion-kudos', credentials, body).run(
          once => champions.giveKudos(body, credentials, once),
          id => champions.getKudos(id),
        ),
    }),
  );

  router.post(
    '/champions/activities',
    mutation(apiRoutes.logChampionActivity, {
      eventId: 'champion-activity',
      severity: 'low',
      meta: ({ body }, req) => ({ ...pathId(body, req), type: body.type }),
      run: ({ body }, { credentials }) =>
        champions.logActivity(body, credentials),
    }),
  );

  router.get('/champions/activity-summary', async (req, res) => {
    await user(req);
    res.json(await champions.activitySummary());
  });

  return router;
}
