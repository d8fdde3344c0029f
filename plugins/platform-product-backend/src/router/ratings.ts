import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  feedbackCreatePermission,
  feedbackReadIdentitiesPermission,
  feedbackTriagePermission,
  ratingCommentsQuerySchema,
  ratingInputSchema,
  ratingPromptDismissSchema,
  ratingPromptQuerySchema,
  toolQuerySchema,
} from 'backstage-plugin-platform-product-common';
import Router from 'express-promise-router';
import { CatalogDirectory } from '../catalog/CatalogDirectory';
import { RatingsService } from '../services/RatingsService';
import { audited } from './audit';
import { allowed, authorize } from './authorize';
import { parseInput } from './validation';
import { setRating } from './writes';

/** Tool ratings: read a tool's summary and comments, set or withdraw one's own rating. */
export function createRatingsRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  ratings: RatingsService;
  directory: CatalogDirectory;
}) {
  const { httpAuth, permissions, auditor, ratings } = options;
  const router = Router();

  router.get('/ratings', async (req, res) => {
    const { toolRef } = parseInput(toolQuerySchema, req.query, 'query');
    const credentials = await httpAuth.credentials(req);
    res.json(await ratings.summarize(toolRef, credentials));
  });

  router.put('/ratings', async (req, res) => {
    const input = parseInput(ratingInputSchema, req.body, 'body');
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    // An anonymous rating's audit event carries no request, hence no actor.
    await setRating(options, input, { credentials, request: req });
    res.json(await ratings.summarize(input.toolRef, credentials));
  });

  // The comments are for the people who triage what developers say; names only with
  // `feedback.read-identities`, and only of signed ratings.
  router.get('/ratings/comments', async (req, res) => {
    const { toolRef, ...page } = parseInput(
      ratingCommentsQuerySchema,
      req.query,
      'query',
    );
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
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
    const { toolRef } = parseInput(ratingPromptQuerySchema, req.query, 'query');
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    res.json({ prompt: await ratings.prompt(credentials, toolRef) });
  });

  router.post('/ratings/prompt/dismiss', async (req, res) => {
    const { toolRef } = parseInput(ratingPromptDismissSchema, req.body, 'body');
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    await audited(
      auditor,
      {
        eventId: 'rating-prompt-dismiss',
        severityLevel: 'low',
        request: req,
        meta: { toolRef },
      },
      async () => {
        await authorize(permissions, feedbackCreatePermission, credentials);
        await ratings.dismissPrompt(toolRef, credentials);
      },
    );
    res.status(204).end();
  });

  router.delete('/ratings', async (req, res) => {
    const { toolRef } = parseInput(toolQuerySchema, req.query, 'query');
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    await audited(
      auditor,
      { eventId: 'rating-withdraw', severityLevel: 'low', meta: { toolRef } },
      async () => {
        await authorize(permissions, feedbackCreatePermission, credentials);
        await ratings.withdraw(toolRef, credentials);
      },
    );
    res.status(204).end();
  });

  return router;
}
