import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { apiRoutes } from 'backstage-plugin-platform-product-common';
import Router from 'express-promise-router';
import { DigestService } from '../services/DigestService';
import { routeKit } from './mutation';
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
  const { digests } = options;
  const router = Router();
  const { user, permitted, mutation } = routeKit(options);

  router.get('/digest/settings', async (req, res) => {
    const { principal } = await user(req);
    res.json(await digests.settings(principal.userEntityRef));
  });

  // Anyone signed in, for themselves only: the route names no permission.
  router.put(
    '/digest/settings',
    mutation(apiRoutes.setDigestSettings, {
      eventId: 'digest-settings-update',
      severity: 'low',
      meta: ({ body }) => ({ enabled: body.enabled }),
      run: ({ body }, { credentials }) =>
        digests.setSettings(credentials.principal.userEntityRef, body),
    }),
  );

  router.get('/digest/preview', async (req, res) => {
    await permitted(apiRoutes.previewDigest, req);
    const { userRef } = parseRequest(apiRoutes.previewDigest, 'query', req);
    res.json(await digests.preview(userRef));
  });

  return router;
}
