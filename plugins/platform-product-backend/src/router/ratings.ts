import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  apiRoutes,
  feedbackReadIdentitiesPermission,
  feedbackTriagePermission,
} from 'backstage-plugin-platform-product-common';
import Router from 'express-promise-router';
import { CatalogDirectory } from '../catalog/CatalogDirectory';
import { RatingsService } from '../services/RatingsService';
import { allowed } from './authorize';
import { parseRoute, routeKit } from './mutation';
import { parseRequest } from './validation';
import { setRating } from './writes';

/** Tool ratings: read a tool's summary and comments, set or withdraw one's own rating. */
export function createRatingsRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  ratings: RatingsService;
  directory: CatalogDirectory;
}) {
  const { httpAuth, permissions, ratings } = options;
  const router = Router();
  const { user, mutation } = routeKit(options);

  router.get('/ratings', async (req, res) => {
    const { toolRef } = parseRequest(apiRoutes.getRatingSummary, 'query', req);
    const credentials = await httpAuth.credentials(req);
    res.json(await ratings.summarize(toolRef, credentials));
  });

  router.put('/ratings', async (req, res) => {
    const { body } = parseRoute(apiRoutes.setRating, req);
    const credentials = await user(req);
    // An anonymous rating's audit event carries no request, hence no actor.
    await setRating(options, body, { credentials, request: req });
    res.json(await ratings.summarize(body.toolRef, credentials));
  });

  // The comments are for the people who triage what developers say; names only with
  // `feedback.read-identities`, and only of signed ratings.
  router.get('/ratings/comments', async (req, res) => {
    const { toolRef, ...page } = parseRequest(
      apiRoutes.listRatingComments,
      'query',
      req,
    );
    const credentials = await user(req);
    const [triage, readIdentities] = await allowed(
      permissions,
      [feedbackTriagePermission, feedbackReadIdentitiesPermission],
      credentials,
    );
    if (!triage) {
      throw new NotAllowedError(
        `Not allowed: ${feedbackTriagePermission.name}`,
      );
    }
    res.json(await ratings.comments(toolRef, page, readIdentities));
  });

  router.get('/ratings/prompt', async (req, res) => {
    const { toolRef } = parseRequest(apiRoutes.getRatingPrompt, 'query', req);
    const credentials = await user(req);
    res.json({ prompt: await ratings.prompt(credentials, toolRef) });
  });

  router.post(
    '/ratings/prompt/dismiss',
    mutation(apiRoutes.dismissRatingPrompt, {
      eventId: 'rating-prompt-dismiss',
      severity: 'low',
      meta: ({ body }) => ({ toolRef: body.toolRef }),
      run: ({ body }, { credentials }) =>
        ratings.dismissPrompt(body.toolRef, credentials),
    }),
  );

  router.delete(
    '/ratings',
    mutation(apiRoutes.withdrawRating, {
      eventId: 'rating-withdraw',
      severity: 'low',
      meta: ({ query }) => ({ toolRef: query.toolRef }),
      // The withdrawn rating may have been anonymous: the event names nobody.
      anonymous: () => true,
      run: ({ query }, { credentials }) =>
        ratings.withdraw(query.toolRef, credentials),
    }),
  );

  return router;
}
