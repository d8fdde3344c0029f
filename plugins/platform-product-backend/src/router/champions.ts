import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  championActivityInputSchema,
  championsActivityPermission,
  championsKudosPermission,
  championsManagePermission,
  championsNominatePermission,
  championsQuerySchema,
  championProfileQuerySchema,
  coverageHistoryQuerySchema,
  idPathSchema,
  kudosInputSchema,
  kudosQuerySchema,
  nominationApproveSchema,
  nominationDeclineSchema,
  nominationInputSchema,
  nominationsQuerySchema,
} from 'backstage-plugin-platform-product-common';
import { Request } from 'express';
import Router from 'express-promise-router';
import { ChampionsService } from '../services/ChampionsService';
import { audited } from './audit';
import { allowed, authorize } from './authorize';
import { IdempotentCreates } from './idempotency';
import { parseInput } from './validation';

/** The champions program: roster, coverage, nominations, kudos, activity log. */
export function createChampionsRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  champions: ChampionsService;
  idempotency: IdempotentCreates;
}) {
  const { httpAuth, permissions, auditor, champions, idempotency } = options;
  const router = Router();
  const user = (req: Request) => httpAuth.credentials(req, { allow: ['user'] });
  const idOf = (req: Request) =>
    parseInput(idPathSchema, req.params, 'path').id;
  const event = (req: Request, eventId: string, meta?: object) => ({
    eventId,
    severityLevel: 'low' as const,
    request: req,
    meta: { id: req.params.id, ...meta },
  });

  async function access(req: Request) {
    const credentials = await user(req);
    const [manage] = await allowed(
      permissions,
      [championsManagePermission],
      credentials,
    );
    return { credentials, manage };
  }

  router.get('/champions', async (req, res) => {
    const filter = parseInput(championsQuerySchema, req.query, 'query');
    await user(req);
    res.json(await champions.roster(filter));
  });

  router.get('/champions/coverage', async (req, res) => {
    res.json(await champions.coverage(await user(req)));
  });

  router.get('/champions/coverage/history', async (req, res) => {
    const { days } = parseInput(coverageHistoryQuerySchema, req.query, 'query');
    await user(req);
    res.json({ items: await champions.coverageHistory(days) });
  });

  router.get('/champions/me', async (req, res) => {
    res.json(await champions.status(await user(req)));
  });

  router.get('/champions/profile', async (req, res) => {
    const { userRef } = parseInput(
      championProfileQuerySchema,
      req.query,
      'query',
    );
    await user(req);
    res.json(await champions.profile(userRef));
  });

  router.get('/champions/nominations', async (req, res) => {
    const filter = parseInput(nominationsQuerySchema, req.query, 'query');
    res.json(await champions.nominations(filter, await access(req)));
  });

  router.post('/champions/nominations', async (req, res) => {
    const input = parseInput(nominationInputSchema, req.body, 'body');
    const caller = await access(req);
    const create = idempotency.of(
      req,
      'champion-nomination',
      caller.credentials,
      input,
    );
    const nomination = await audited(
      auditor,
      event(req, 'champion-nominate', { teamRef: input.teamRef }),
      async () => {
        await authorize(
          permissions,
          championsNominatePermission,
          caller.credentials,
        );
        return create.run(
          once => champions.nominate(input, caller, once),
          id => champions.getNomination(id),
        );
      },
    );
    res.status(201).json(nomination);
  });

  router.post('/champions/nominations/:id/approve', async (req, res) => {
    const id = idOf(req);
    const { focusAreas } = parseInput(
      nominationApproveSchema,
      req.body,
      'body',
    );
    const credentials = await user(req);
    const champion = await audited(
      auditor,
      event(req, 'champion-approve'),
      async () => {
        await authorize(permissions, championsManagePermission, credentials);
        return champions.approve(id, focusAreas, credentials);
      },
    );
    res.json(champion);
  });

  router.post('/champions/nominations/:id/decline', async (req, res) => {
    const id = idOf(req);
    const { reason } = parseInput(nominationDeclineSchema, req.body, 'body');
    const credentials = await user(req);
    const nomination = await audited(
      auditor,
      event(req, 'champion-decline'),
      async () => {
        await authorize(permissions, championsManagePermission, credentials);
        return champions.decline(id, reason, credentials);
      },
    );
    res.json(nomination);
  });

  /** Stepping down (the champion) or moving to the alumni (a maintainer). */
  router.post('/champions/:id/retire', async (req, res) => {
    const id = idOf(req);
    const caller = await access(req);
    const champion = await audited(
      auditor,
      event(req, 'champion-retire'),
      async () => {
        if (!caller.manage) {
          await authorize(
            permissions,
            championsActivityPermission,
            caller.credentials,
          );
        }
        return champions.retire(id, caller);
      },
    );
    res.json(champion);
  });

  router.get('/champions/kudos', async (req, res) => {
    const filter = parseInput(kudosQuerySchema, req.query, 'query');
    await user(req);
    res.json(await champions.kudos(filter));
  });

  router.post('/champions/kudos', async (req, res) => {
    const input = parseInput(kudosInputSchema, req.body, 'body');
    const credentials = await user(req);
    const create = idempotency.of(req, 'champion-kudos', credentials, input);
    const kudos = await audited(
      auditor,
      event(req, 'champion-kudos', { championRef: input.championRef }),
      async () => {
        await authorize(permissions, championsKudosPermission, credentials);
        return create.run(
          once => champions.giveKudos(input, credentials, once),
          id => champions.getKudos(id),
        );
      },
    );
    res.status(201).json(kudos);
  });

  router.post('/champions/activities', async (req, res) => {
    const input = parseInput(championActivityInputSchema, req.body, 'body');
    const credentials = await user(req);
    const created = await audited(
      auditor,
      event(req, 'champion-activity', { type: input.type }),
      async () => {
        await authorize(permissions, championsActivityPermission, credentials);
        return champions.logActivity(input, credentials);
      },
    );
    res.status(201).json(created);
  });

  router.get('/champions/activity-summary', async (req, res) => {
    await user(req);
    res.json(await champions.activitySummary());
  });

  return router;
}
