import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { BasicPermission } from '@backstage/plugin-permission-common';
import {
  criterionOutcomeSchema,
  evidenceLinkSchema,
  evidencePathSchema,
  evidenceSourceQuerySchema,
  outcomeDecisionSchema,
  goalActorInputSchema,
  goalImpactInputSchema,
  goalInputSchema,
  idPathSchema,
  keysetPageQuerySchema,
  reachQuerySchema,
  researchReadPermission,
  roadmapCreatePermission,
  roadmapDeletePermission,
  roadmapItemInputSchema,
  roadmapItemUpdateSchema,
  roadmapKillSchema,
  roadmapMoveSchema,
  roadmapQuerySchema,
  roadmapShipSchema,
  roadmapUpdatePermission,
  roadmapVotePermission,
} from 'backstage-plugin-platform-product-common';
import { Request } from 'express';
import Router from 'express-promise-router';
import { ImpactMapService } from '../services/ImpactMapService';
import { RoadmapService, RoadmapTransition } from '../services/RoadmapService';
import { AuditMeta, audited } from './audit';
import { allowed, authorize } from './authorize';
import { IdempotentCreates } from './idempotency';
import { parseInput } from './validation';

/** The roadmap: board, lists, items and their lifecycle, votes, reach, criteria, impact map. */
export function createRoadmapRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  roadmap: RoadmapService;
  impactMap: ImpactMapService;
  idempotency: IdempotentCreates;
}) {
  const { httpAuth, permissions, auditor, roadmap, impactMap, idempotency } =
    options;
  const router = Router();
  const user = (req: Request) => httpAuth.credentials(req, { allow: ['user'] });
  const idOf = (req: Request) =>
    parseInput(idPathSchema, req.params, 'path').id;

  /**
   * Runs an authorised, audited write for the signed-in user and sends its result, or what
   * `shown` makes of it: the body, and what to add to the audit event.
   */
  function write<T>(
    eventId: string,
    permission: BasicPermission,
    run: (
      req: Request,
      credentials: Awaited<ReturnType<typeof user>>,
    ) => Promise<T>,
    status = 200,
    shown: (result: T) => { body: unknown; meta?: AuditMeta } = result => ({
      body: result,
    }),
  ) {
    return async (req: Request, res: any) => {
      const credentials = await user(req);
      const result = await audited(
        auditor,
        {
          eventId,
          severityLevel: 'medium',
          request: req,
          meta: { id: req.params.id },
        },
        async () => {
          await authorize(permissions, permission, credentials);
          return run(req, credentials);
        },
        outcome => shown(outcome).meta ?? {},
      );
      const { body } = shown(result);
      if (body === undefined) res.status(204).end();
      else res.status(status).json(body);
    };
  }

  /** A move, shipment or kill: sends the item, audits what closing the loop did. */
  function transition(
    eventId: string,
    run: (
      req: Request,
      credentials: Awaited<ReturnType<typeof user>>,
    ) => Promise<RoadmapTransition>,
  ) {
    return write(eventId, roadmapUpdatePermission, run, 200, result => ({
      body: result.item,
      meta: loopMeta(result),
    }));
  }

  router.get('/roadmap/lanes', async (req, res) => {
    await user(req);
    res.json({ items: roadmap.lanes() });
  });

  router.get('/roadmap/board', async (req, res) => {
    res.json(await roadmap.board(await user(req)));
  });

  router.get('/roadmap/items', async (req, res) => {
    const filter = parseInput(roadmapQuerySchema, req.query, 'query');
    res.json(await roadmap.list(filter, await user(req)));
  });

  router.get('/roadmap/items/:id', async (req, res) => {
    res.json(await roadmap.get(idOf(req), await user(req)));
  });

  router.get('/roadmap/reach', async (req, res) => {
    const { toolRef, itemId } = parseInput(
      reachQuerySchema,
      req.query,
      'query',
    );
    res.json(
      await roadmap.suggestReach(toolRef ?? [], itemId, await user(req)),
    );
  });

  /** Research is for readers of research: the notes' links too (their ids say little else). */
  async function mayReadResearch(
    credentials: Awaited<ReturnType<typeof user>>,
    sourceKind: string,
  ) {
    if (sourceKind !== 'feedback') {
      await authorize(permissions, researchReadPermission, credentials);
    }
  }

  router.get('/roadmap/items/:id/evidence', async (req, res) => {
    const credentials = await user(req);
    const [readResearch] = await allowed(
      permissions,
      [researchReadPermission],
      credentials,
    );
    res.json(await roadmap.demand(idOf(req), credentials, readResearch));
  });

  router.get('/roadmap/evidence', async (req, res) => {
    const source = parseInput(evidenceSourceQuerySchema, req.query, 'query');
    const credentials = await user(req);
    await mayReadResearch(credentials, source.sourceKind);
    res.json(await roadmap.evidenceOf(source, credentials));
  });

  router.get('/roadmap/priorities', async (req, res) => {
    const credentials = await user(req);
    await authorize(permissions, roadmapUpdatePermission, credentials);
    res.json(await roadmap.priorities(credentials));
  });

  // Linking a source twice is not an error: the existing link comes back with 200 (201 when
  // this call made it), so a retried or doubled click is harmless.
  router.post('/roadmap/items/:id/evidence', async (req, res) => {
    const credentials = await user(req);
    const { link, created } = await audited(
      auditor,
      {
        eventId: 'roadmap-evidence-link',
        severityLevel: 'medium',
        request: req,
        meta: { id: req.params.id },
      },
      async () => {
        await authorize(permissions, roadmapUpdatePermission, credentials);
        const source = parseInput(evidenceLinkSchema, req.body, 'body');
        await mayReadResearch(credentials, source.sourceKind);
        return roadmap.linkEvidence(idOf(req), source, credentials);
      },
      result => ({
        evidenceId: String(result.link.id),
        created: result.created,
      }),
    );
    res.status(created ? 201 : 200).json(link);
  });

  router.delete(
    '/roadmap/items/:id/evidence/:evidenceId',
    write(
      'roadmap-evidence-unlink',
      roadmapUpdatePermission,
      (req, credentials) => {
        const { id, evidenceId } = parseInput(
          evidencePathSchema,
          req.params,
          'path',
        );
        return roadmap.unlinkEvidence(id, evidenceId, credentials);
      },
    ),
  );

  router.get('/roadmap/reviews-due', async (req, res) => {
    const page = parseInput(keysetPageQuerySchema, req.query, 'query');
    await authorize(permissions, roadmapUpdatePermission, await user(req));
    res.json(await roadmap.reviewsDue(page));
  });

  router.post(
    '/roadmap/items',
    write(
      'roadmap-create',
      roadmapCreatePermission,
      (req, credentials) => {
        const input = parseInput(roadmapItemInputSchema, req.body, 'body');
        return idempotency.of(req, 'roadmap-item', credentials, input).run(
          once => roadmap.create(input, credentials, once),
          id => roadmap.get(id, credentials),
        );
      },
      201,
    ),
  );

  router.put(
    '/roadmap/items/:id',
    write('roadmap-update', roadmapUpdatePermission, (req, credentials) => {
      const { version, ...input } = parseInput(
        roadmapItemUpdateSchema,
        req.body,
        'body',
      );
      return roadmap.update(idOf(req), version, input, credentials);
    }),
  );

  router.post(
    '/roadmap/items/:id/move',
    transition('roadmap-move', (req, credentials) => {
      const { lane, version } = parseInput(roadmapMoveSchema, req.body, 'body');
      return roadmap.move(idOf(req), version, lane, credentials);
    }),
  );

  router.post(
    '/roadmap/items/:id/ship',
    transition('roadmap-ship', (req, credentials) => {
      const body = parseInput(roadmapShipSchema, req.body, 'body');
      return roadmap.ship(
        idOf(req),
        body.version,
        body.changelogEntryIds,
        credentials,
      );
    }),
  );

  router.post(
    '/roadmap/items/:id/kill',
    transition('roadmap-kill', (req, credentials) => {
      const { reason, version } = parseInput(
        roadmapKillSchema,
        req.body,
        'body',
      );
      return roadmap.kill(idOf(req), version, reason, credentials);
    }),
  );

  router.delete(
    '/roadmap/items/:id',
    write('roadmap-delete', roadmapDeletePermission, async req =>
      roadmap.delete(idOf(req)),
    ),
  );

  router.put(
    '/roadmap/items/:id/vote',
    write('roadmap-vote', roadmapVotePermission, (req, credentials) =>
      roadmap.vote(idOf(req), credentials),
    ),
  );

  router.delete(
    '/roadmap/items/:id/vote',
    write('roadmap-unvote', roadmapVotePermission, (req, credentials) =>
      roadmap.unvote(idOf(req), credentials),
    ),
  );

  router.put(
    '/roadmap/criteria/:id',
    write(
      'roadmap-criterion-outcome',
      roadmapUpdatePermission,
      (req, credentials) => {
        const { outcome, note } = parseInput(
          criterionOutcomeSchema,
          req.body,
          'body',
        );
        return roadmap.setOutcome(idOf(req), outcome, note, credentials);
      },
    ),
  );

  // The review of a shipped item: what its tools' figures did, and the decision taken on them.
  router.get('/roadmap/items/:id/outcome', async (req, res) => {
    const credentials = await user(req);
    await authorize(permissions, roadmapUpdatePermission, credentials);
    res.json(await roadmap.measuredOutcome(idOf(req), credentials));
  });

  router.put(
    '/roadmap/items/:id/outcome',
    write(
      'roadmap-outcome-decision',
      roadmapUpdatePermission,
      (req, credentials) =>
        roadmap.decideOutcome(
          idOf(req),
          parseInput(outcomeDecisionSchema, req.body, 'body'),
          credentials,
        ),
    ),
  );

  router.get('/roadmap/goals', async (req, res) => {
    const page = parseInput(keysetPageQuerySchema, req.query, 'query');
    res.json(await impactMap.goals(page, await user(req)));
  });

  router.post(
    '/roadmap/goals',
    write(
      'roadmap-goal-create',
      roadmapCreatePermission,
      async req =>
        impactMap.createGoal(parseInput(goalInputSchema, req.body, 'body')),
      201,
    ),
  );

  router.post(
    '/roadmap/goals/:id/actors',
    write(
      'roadmap-actor-create',
      roadmapCreatePermission,
      async (req, credentials) => {
        const actor = parseInput(goalActorInputSchema, req.body, 'body');
        return impactMap.addActor(idOf(req), actor, credentials);
      },
      201,
    ),
  );

  router.post(
    '/roadmap/actors/:id/impacts',
    write(
      'roadmap-impact-create',
      roadmapCreatePermission,
      async req => {
        const { title } = parseInput(goalImpactInputSchema, req.body, 'body');
        return impactMap.addImpact(idOf(req), title);
      },
      201,
    ),
  );

  for (const what of ['goal', 'actor', 'impact'] as const) {
    router.delete(
      `/roadmap/${what}s/:id`,
      write(`roadmap-${what}-delete`, roadmapDeletePermission, async req =>
        impactMap.deleteFromMap(what, idOf(req)),
      ),
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
