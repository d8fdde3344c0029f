import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  apiRoutes,
  digestPreviewPermission,
} from 'backstage-plugin-platform-product-common';
import { Request } from 'express';
import Router from 'express-promise-router';
import { DigestService } from '../services/DigestService';
import { audited } from './audit';
import { authorize } from './authorize';
import { parseRequest } from './validation';

/**
 * The weekly digest: the caller's own preference (anyone signed in, for themselves only), and
 * the preview of anyone's next digest (maintainers).
 */
export function createDigestRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  digests: DigestService;
}) {
  const { httpAuth, permissions, auditor, digests } = options;
  const router = Router();
  const user = (req: Request) => httpAuth.credentials(req, { allow: ['user'] });

  router.get('/digest/settings', async (req, res) => {
    const { principal } = await user(req);
    res.json(await digests.settings(principal.userEntityRef));
  });

  router.put('/digest/settings', async (req, res) => {
    const { principal } = await user(req);
    const body = parseRequest(apiRoutes.setDigestSettings, 'body', req);
    const settings = await audited(
      auditor,
      {
        eventId: 'digest-settings-update',
        severityLevel: 'low',
        request: req,
        meta: { enabled: body.enabled },
      },
      () => digests.setSettings(principal.userEntityRef, body),
    );
    res.json(settings);
  });

  router.get('/digest/preview', async (req, res) => {
    const credentials = await user(req);
    await authorize(permissions, digestPreviewPermission, credentials);
    const { userRef } = parseRequest(apiRoutes.previewDigest, 'query', req);
    res.json(await digests.preview(userRef));
  });

  return router;
}
