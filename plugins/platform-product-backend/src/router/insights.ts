import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  apiRoutes,
  entityRefSchema,
  insightsReadPermission,
  toolsMandatePermission,
} from 'backstage-plugin-platform-product-common';
import { Request } from 'express';
import Router from 'express-promise-router';
import { ChangelogService } from '../services/ChangelogService';
import { InsightsService } from '../services/InsightsService';
import { ScorecardService } from '../services/ScorecardService';
import { audited } from './audit';
import { authorize } from './authorize';
import { parseInput, parseRequest } from './validation';

/** The entity ref in a `/:kind/:namespace/:name` path. */
function refOfPath(req: Request) {
  const path = parseRequest(apiRoutes.getTeamInsight, 'params', req);
  return parseInput(entityRefSchema, stringifyEntityRef(path), 'path');
}

/** Insights: read-only aggregates, for people with `platform-product.insights.read`. */
export function createInsightsRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  insights: InsightsService;
  scorecard: ScorecardService;
  changelog: ChangelogService;
}) {
  const { httpAuth, permissions, auditor, insights, scorecard, changelog } =
    options;
  const router = Router();

  async function reader(req: Request) {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    await authorize(permissions, insightsReadPermission, credentials);
    return credentials;
  }

  router.get('/insights/tools', async (req, res) => {
    res.json(await insights.tools(await reader(req)));
  });

  router.get('/insights/trends', async (req, res) => {
    const { toolRef, days } = parseRequest(
      apiRoutes.getToolTrends,
      'query',
      req,
    );
    await reader(req);
    res.json({ items: await insights.trends(toolRef, days) });
  });

  router.get('/insights/nps', async (req, res) => {
    await reader(req);
    res.json({ items: await insights.npsTrend() });
  });

  router.get('/insights/changelog-reach', async (req, res) => {
    const { weeks } = parseRequest(
      apiRoutes.getChangelogReachByWeek,
      'query',
      req,
    );
    await reader(req);
    res.json(await changelog.weeklyReach(weeks));
  });

  router.get('/insights/health', async (req, res) => {
    res.json(await insights.health(await reader(req)));
  });

  router.get('/insights/scorecard', async (req, res) => {
    await reader(req);
    res.json(await scorecard.scorecard());
  });

  router.get('/insights/teams/:kind/:namespace/:name', async (req, res) => {
    const teamRef = refOfPath(req);
    res.json(await insights.team(teamRef, await reader(req)));
  });

  router.put(
    '/insights/tools/:kind/:namespace/:name/mandated',
    async (req, res) => {
      const toolRef = refOfPath(req);
      const { mandated } = parseRequest(apiRoutes.setToolMandated, 'body', req);
      const credentials = await httpAuth.credentials(req, { allow: ['user'] });
      const mandate = await audited(
        auditor,
        {
          eventId: 'tool-mandate',
          severityLevel: 'medium',
          request: req,
          meta: { toolRef, mandated },
        },
        async () => {
          await authorize(permissions, toolsMandatePermission, credentials);
          return insights.setMandated(toolRef, mandated, credentials);
        },
      );
      res.json({ toolRef, mandated: mandate });
    },
  );

  return router;
}
