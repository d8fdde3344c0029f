import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  apiRoutes,
  researchReadPermission,
} from 'backstage-plugin-platform-product-common';
import Router from 'express-promise-router';
import { ImpactMapService } from '../services/ImpactMapService';
import { RoadmapService, RoadmapTransition } from '../services/RoadmapService';
import { UserCredentials } from '../lib/credentials';
import { AuditMeta } from './audit';
import { allowed, authorize } from './authorize';
import { IdempotentCreates } from './idempotency';
import { pathId, routeKit } from './mutation';
import { parseRequest } from './validation';

/** The roadmap: board, lists, items and their lifecycle, votes, reach, criteria, impact map. */
export function createRoadmapRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  roadmap: RoadmapService;
  impactMap: ImpactMapService;
  idempotency: IdempotentCreates;
}) {
  const { permissions, roadmap, impactMap, idempotency } = options;
  const router = Router();
  const { user, permitted, mutation } = routeKit(options);

  /** A move, shipment or kill: sends the item, audits what closing the loop did. */
  const transition = (result: RoadmapTransition) => ({
    body: result.item,
    meta: loopMeta(result),
  });

  router.get('/roadmap/lanes', async (req, res) => {
    await user(req);
    res.json({ items: roadmap.lanes() });
  });

  router.get('/roadmap/board', async (req, res) => {
    res.json(await roadmap.board(await user(req)));
  });

  router.get('/roadmap/items', async (req, res) => {
    const filter = parseRequest(apiRoutes.listRoadmapItems, 'query', req);
    res.json(await roadmap.list(filter, await user(req)));
  });

  router.get('/roadmap/items/:id', async (req, res) => {
    const { id } = parseRequest(apiRoutes.getRoadmapItem, 'params', req);
    res.json(await roadmap.get(id, await user(req)));
  });

  router.get('/roadmap/reach', async (req, res) => {
    const { toolRef, itemId } = parseRequest(
      apiRoutes.suggestReach,
      'query',
      req,
    );
    res.json(
      await roadmap.suggestReach(toolRef ?? [], itemId, await user(req)),
    );
  });

  /** Research is for readers of research: the notes' links too (their ids say little else). */
  async function mayReadResearch(
    credentials: UserCredentials,
    sourceKind: string,
  ) {
    if (sourceKind !== 'feedback') {
      await authorize(permissions, researchReadPermission, credentials);
    }
  }

  router.get('/roadmap/items/:id/evidence', async (req, res) => {
    const { id } = parseRequest(apiRoutes.getRoadmapDemand, 'params', req);
    const credentials = await user(req);
    const [readResearch] = await allowed(
      permissions,
      [researchReadPermission],
      credentials,
    );
    res.json(await roadmap.demand(id, credentials, readResearch));
  });

  router.get('/roadmap/evidence', async (req, res) => {
    const source = parseRequest(apiRoutes.getSourceEvidence, 'query', req);
    const credentials = await user(req);
    await mayReadResearch(credentials, source.sourceKind);
    res.json(await roadmap.evidenceOf(source, credentials));
  });

  router.get('/roadmap/priorities', async (req, res) => {
    const credentials = await permitted(apiRoutes.getRoadmapPriorities, req);
    res.json(await roadmap.priorities(credentials));
  });

  // Linking a source twice is not an error: the existing link comes back with 200 (201 when
  // this call made it), so a retried or doubled click is harmless.
  router.post(
    '/roadmap/items/:id/evidence',
    mutation(apiRoutes.linkEvidence, {
      eventId: 'roadmap-evidence-link',
      meta: pathId,
      auditRefusedInput: true,
      run: async ({ params, body }, { credentials }) => {
        await mayReadResearch(credentials, body.sourceKind);
        return roadmap.linkEvidence(params.id, body, credentials);
      },
      respond: ({ link, created }) => ({
        body: link,
        status: created ? 201 : 200,
        meta: { evidenceId: String(link.id), created },
      }),
    }),
  );

  router.delete(
    '/roadmap/items/:id/evidence/:evidenceId',
    mutation(apiRoutes.unlinkEvidence, {
      eventId: 'roadmap-evidence-unlink',
      meta: pathId,
      auditRefusedInput: true,
      run: ({ params }, { credentials }) =>
        roadmap.unlinkEvidence(params.id, params.evidenceId, credentials),
    }),
  );

  router.get('/roadmap/reviews-due', async (req, res) => {
    const page = parseRequest(apiRoutes.listReviewsDue, 'query', req);
    await permitted(apiRoutes.listReviewsDue, req);
    res.json(await roadmap.reviewsDue(page));
  });

  router.post(
    '/roadmap/items',
    mutation(apiRoutes.createRoadmapItem, {
      eventId: 'roadmap-create',
      meta: pathId,
      auditRefusedInput: true,
      run: ({ body }, { credentials }, req) =>
        idempotency.of(req, 'roadmap-item', credentials, body).run(
          once => roadmap.create(body, credentials, once),
          id => roadmap.get(id, credentials),
        ),
    }),
  );

  router.put(
    '/roadmap/items/:id',
    mutation(apiRoutes.updateRoadmapItem, {
      eventId: 'roadmap-update',
      meta: pathId,
      auditRefusedInput: true,
      run: ({ params, body: { version, ...input } }, { credentials }) =>
        roadmap.update(params.id, version, input, credentials),
    }),
  );

  router.post(
    '/roadmap/items/:id/move',
    mutation(apiRoutes.moveRoadmapItem, {
      eventId: 'roadmap-move',
      meta: pathId,
      auditRefusedInput: true,
      run: ({ params, body }, { credentials }) =>
        roadmap.move(params.id, body.version, body.lane, credentials),
      respond: transition,
    }),
  );

  router.post(
    '/roadmap/items/:id/ship',
    mutation(apiRoutes.shipRoadmapItem, {
      eventId: 'roadmap-ship',
      meta: pathId,
      auditRefusedInput: true,
      run: ({ params, body }, { credentials }) =>
        roadmap.ship(
          params.id,
          body.version,
          body.changelogEntryIds,
          credentials,
        ),
      respond: transition,
    }),
  );

  router.post(
    '/roadmap/items/:id/kill',
    mutation(apiRoutes.killRoadmapItem, {
      eventId: 'roadmap-kill',
      meta: pathId,
      auditRefusedInput: true,
      run: ({ params, body }, { credentials }) =>
        roadmap.kill(params.id, body.version, body.reason, credentials),
      respond: transition,
    }),
  );

  router.delete(
    '/roadmap/items/:id',
    mutation(apiRoutes.deleteRoadmapItem, {
      eventId: 'roadmap-delete',
      meta: pathId,
      auditRefusedInput: true,
      run: ({ params }) => roadmap.delete(params.id),
    }),
  );

  router.put(
    '/roadmap/items/:id/vote',
    mutation(apiRoutes.voteRoadmapItem, {
      eventId: 'roadmap-vote',
      meta: pathId,
      auditRefusedInput: true,
      run: ({ params }, { credentials }) =>
        roadmap.vote(params.id, credentials),
    }),
  );

  router.delete(
    '/roadmap/items/:id/vote',
    mutation(apiRoutes.unvoteRoadmapItem, {
      eventId: 'roadmap-unvote',
      meta: pathId,
      auditRefusedInput: true,
      run: ({ params }, { credentials }) =>
        roadmap.unvote(params.id, credentials),
    }),
  );

  router.put(
    '/roadmap/criteria/:id',
    mutation(apiRoutes.setCriterionOutcome, {
      eventId: 'roadmap-criterion-outcome',
      meta: pathId,
      auditRefusedInput: true,
      run: ({ params, body }, { credentials }) =>
        roadmap.setOutcome(params.id, body.outcome, body.note, credentials),
    }),
  );

  // The review of a shipped item: what its tools' figures did, and the decision taken on them.
  router.get('/roadmap/items/:id/outcome', async (req, res) => {
    const { id } = parseRequest(apiRoutes.getMeasuredOutcome, 'params', req);
    const credentials = await permitted(apiRoutes.getMeasuredOutcome, req);
    res.json(await roadmap.measuredOutcome(id, credentials));
  });

  router.put(
    '/roadmap/items/:id/outcome',
    mutation(apiRoutes.decideOutcome, {
      eventId: 'roadmap-outcome-decision',
      meta: pathId,
      auditRefusedInput: true,
      run: ({ params, body }, { credentials }) =>
        roadmap.decideOutcome(params.id, body, credentials),
    }),
  );

  router.get('/roadmap/goals', async (req, res) => {
    const page = parseRequest(apiRoutes.listGoals, 'query', req);
    res.json(await impactMap.goals(page, await user(req)));
  });

  router.post(
    '/roadmap/goals',
    mutation(apiRoutes.createGoal, {
      eventId: 'roadmap-goal-create',
      meta: pathId,
      auditRefusedInput: true,
      run: ({ body }) => impactMap.createGoal(body),
    }),
  );

  router.post(
    '/roadmap/goals/:id/actors',
    mutation(apiRoutes.addActor, {
      eventId: 'roadmap-actor-create',
      meta: pathId,
      auditRefusedInput: true,
      run: ({ params, body }, { credentials }) =>
        impactMap.addActor(params.id, body, credentials),
    }),
  );

  router.post(
    '/roadmap/actors/:id/impacts',
    mutation(apiRoutes.addImpact, {
      eventId: 'roadmap-impact-create',
      meta: pathId,
      auditRefusedInput: true,
      run: ({ params, body }) => impactMap.addImpact(params.id, body.title),
    }),
  );

  const mapDeletes = {
    goal: apiRoutes.deleteGoal,
    actor: apiRoutes.deleteActor,
    impact: apiRoutes.deleteImpact,
  };
  for (const [what, route] of Object.entries(mapDeletes)) {
    router.delete(
      route.path,
      mutation(route, {
        eventId: `roadmap-${what}-delete`,
        meta: pathId,
        auditRefusedInput: true,
        run: ({ params }) =>
          impactMap.deleteFromMap(what as keyof typeof mapDeletes, params.id),
      }),
    );
  }

  return router;
}

/**
 * What closing the loop did, for the audit event: how many people were queued a notice and
 * which sources moved with the item, never who.
 */
function loopMeta({ loop }: RoadmapTransition): AuditMeta {
  return loop
    ? { loopNoticesQueued: loop.queued, settledSources: loop.settled }
    : {};
}
