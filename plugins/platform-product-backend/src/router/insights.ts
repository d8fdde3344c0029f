import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  apiRoutes,
  entityRefSchema,
} from 'backstage-plugin-platform-product-common';
import { Request } from 'express';
import Router from 'express-promise-router';
import { ChangelogService } from '../services/ChangelogService';
import { InsightsService } from '../services/InsightsService';
import { ScorecardService } from '../services/ScorecardService';
import { routeKit } from './mutation';
import { parseInput, parseRequest } from './validation';

/** The entity ref in a `/:kind/:namespace/:name` path. */
function refOfPath(req: Request) {
  const path = parseRequest(apiRoutes.getTeamInsight, 'params', req);
  return parseInput(entityRefSchema, stringifyEntityRef(path), 'path');
}

/**
 * Insights: read-only aggregates, for people with `platform-product.insights.read` (the
 * permission of every read route), and which tools are mandated.
 */
export function createInsightsRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  insights: InsightsService;
  scorecard: ScorecardService;
  changelog: ChangelogService;
}) {
  const { insights, scorecard, changelog } = options;
  const router = Router();
  const { permitted, mutation } = routeKit(options);

  router.get('/insights/tools', async (req, res) => {
    res.json(
      await insights.tools(await permitted(apiRoutes.getToolInsights, req)),
    );
  });

  router.get('/insights/trends', async (req, res) => {
    const { toolRef, days } = parseRequest(
      apiRoutes.getToolTrends,
      'query',
      req,
    );
    await permitted(apiRoutes.getToolTrends, req);
    res.json({ items: await insights.trends(toolRef, days) });
  });

  router.get('/insights/nps', async (req, res) => {
    await permitted(apiRoutes.getNpsTrend, req);
    res.json({ items: await insights.npsTrend() });
  });

  router.get('/insights/changelog-reach', async (req, res) => {
    const { weeks } = parseRequest(
      apiRoutes.getChangelogReachByWeek,
      'query',
      req,
    );
    await permitted(apiRoutes.getChangelogReachByWeek, req);
    res.json(await changelog.weeklyReach(weeks));
  });

  router.get('/insights/health', async (req, res) => {
    res.json(
      await insights.health(await permitted(apiRoutes.getProgramHealth, req)),
    );
  });

  router.get('/insights/scorecard', async (req, res) => {
    await permitted(apiRoutes.getScorecard, req);
    res.json(await scorecard.scorecard());
  });

  router.get('/insights/teams/:kind/:namespace/:name', async (req, res) => {
    const teamRef = refOfPath(req);
    res.json(
      await insights.team(
        teamRef,
        await permitted(apiRoutes.getTeamInsight, req),
      ),
    );
  });

  router.put(
    '/insights/tools/:kind/:namespace/:name/mandated',
    mutation(apiRoutes.setToolMandated, {
      eventId: 'tool-mandate',
      meta: ({ body }, req) => ({
        toolRef: refOfPath(req),
        mandated: body.mandated,
      }),
      run: async ({ body }, { credentials }, req) => {
        const toolRef = refOfPath(req);
        const mandate = await insights.setMandated(
          toolRef,
          body.mandated,
          credentials,
        );
        return { toolRef, mandated: mandate };
      },
    }),
  );

  return router;
}
