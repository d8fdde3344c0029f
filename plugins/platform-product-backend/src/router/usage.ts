import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { apiRoutes } from 'backstage-plugin-platform-product-common';
import { Request } from 'express';
import Router from 'express-promise-router';
import { UsageService } from '../services/UsageService';
import { ingestAudited } from '../jobs/usageIngestion';
import { authorize } from './authorize';
import { parseRequest } from './validation';

/**
 * Usage events from the tools: machines (a static token of `backend.auth.externalAccess`) and
 * people with `platform-product.usage.ingest` send batches of up to 1,000 events.
 */
export function createUsageRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  usage: UsageService;
}) {
  const { httpAuth, permissions, auditor, usage } = options;
  const router = Router();

  router.post('/usage/events', async (req, res) => {
    const { events } = parseRequest(apiRoutes.sendUsageEvents, 'body', req);
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    res.json(
      await ingestAudited({
        auditor,
        usage,
        events,
        request: req as Request,
        authorize: () =>
          authorize(
            permissions,
            apiRoutes.sendUsageEvents.permission,
            credentials,
          ),
      }),
    );
  });

  return router;
}
