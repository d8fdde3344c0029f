import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  feedbackCreatePermission,
  feedbackInputSchema,
  feedbackMergeInputSchema,
  feedbackQuerySchema,
  feedbackReadIdentitiesPermission,
  feedbackReplyInputSchema,
  feedbackStatusInputSchema,
  feedbackTriagePermission,
  idPathSchema,
  pageQuerySchema,
  similarFeedbackQuerySchema,
} from 'backstage-plugin-platform-product-common';
import { Request } from 'express';
import Router from 'express-promise-router';
import { FeedbackAccess, FeedbackService } from '../services/FeedbackService';
import { audited } from './audit';
import { allowed, authorize } from './authorize';
import { IdempotentCreates } from './idempotency';
import { parseInput } from './validation';

/** Feedback and ideas: the inbox, sending, +1s, triage, threads and merging. */
export function createFeedbackRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  feedback: FeedbackService;
  idempotency: IdempotentCreates;
}) {
  const { httpAuth, permissions, auditor, feedback, idempotency } = options;
  const router = Router();

  async function accessOf(req: Request): Promise<FeedbackAccess> {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const [readIdentities, triage] = await allowed(
      permissions,
      [feedbackReadIdentitiesPermission, feedbackTriagePermission],
      credentials,
    );
    return { credentials, readIdentities, triage };
  }

  const idOf = (req: Request) =>
    parseInput(idPathSchema, req.params, 'path').id;

  router.get('/feedback', async (req, res) => {
    const query = parseInput(feedbackQuerySchema, req.query, 'query');
    res.json(await feedback.list(query, await accessOf(req)));
  });

  /** Items like the one being written or merged: the duplicate suggestions. */
  router.get('/feedback/similar', async (req, res) => {
    const query = parseInput(similarFeedbackQuerySchema, req.query, 'query');
    res.json({ items: await feedback.similar(query, await accessOf(req)) });
  });

  router.post('/feedback', async (req, res) => {
    const input = parseInput(feedbackInputSchema, req.body, 'body');
    const access = await accessOf(req);
    const create = idempotency.of(req, 'feedback', access.credentials, input);
    const item = await audited(
      auditor,
      {
        eventId: 'feedback-create',
        severityLevel: 'low',
        request: input.anonymous ? undefined : req,
        meta: { toolRef: input.toolRef, anonymous: input.anonymous },
      },
      async () => {
        await authorize(
          permissions,
          feedbackCreatePermission,
          access.credentials,
        );
        return create.run(
          once => feedback.create(input, access, once),
          id => feedback.get(id, access),
        );
      },
    );
    res.status(201).json(item);
  });

  router.get('/feedback/:id', async (req, res) => {
    res.json(await feedback.get(idOf(req), await accessOf(req)));
  });

  router.get('/feedback/:id/activity', async (req, res) => {
    const id = idOf(req);
    const page = parseInput(pageQuerySchema, req.query, 'query');
    res.json(await feedback.activity(id, page, await accessOf(req)));
  });

  for (const method of ['put', 'delete'] as const) {
    router[method]('/feedback/:id/vote', async (req, res) => {
      const id = idOf(req);
      const access = await accessOf(req);
      const item = await audited(
        auditor,
        {
          eventId: method === 'put' ? 'feedback-vote' : 'feedback-unvote',
          severityLevel: 'low',
          request: req,
          meta: { feedbackId: id },
        },
        async () => {
          await authorize(
            permissions,
            feedbackCreatePermission,
            access.credentials,
          );
          return method === 'put'
            ? feedback.vote(id, access)
            : feedback.unvote(id, access);
        },
      );
      res.json(item);
    });
  }

  router.post('/feedback/:id/status', async (req, res) => {
    const id = idOf(req);
    const change = parseInput(feedbackStatusInputSchema, req.body, 'body');
    const access = await accessOf(req);
    const item = await audited(
      auditor,
      {
        eventId: 'feedback-status',
        severityLevel: 'medium',
        request: req,
        meta: { feedbackId: id, status: change.status },
      },
      async () => {
        await authorize(
          permissions,
          feedbackTriagePermission,
          access.credentials,
        );
        return feedback.changeStatus(id, change, access);
      },
    );
    res.json(item);
  });

  router.post('/feedback/:id/replies', async (req, res) => {
    const id = idOf(req);
    const { body } = parseInput(feedbackReplyInputSchema, req.body, 'body');
    const access = await accessOf(req);
    const item = await feedback.get(id, access);
    // The anonymous author's own reply is audited without naming them.
    await audited(
      auditor,
      {
        eventId: 'feedback-reply',
        severityLevel: 'low',
        request: item.mine && item.anonymous ? undefined : req,
        meta: { feedbackId: id },
      },
      async () => {
        // Maintainers reply by their triage permission, authors by the one to give feedback.
        if (!access.triage) {
          await authorize(
            permissions,
            feedbackCreatePermission,
            access.credentials,
          );
        }
        await feedback.reply(id, body, access);
      },
    );
    res.status(204).end();
  });

  router.post('/feedback/:id/merge', async (req, res) => {
    const id = idOf(req);
    const { intoId } = parseInput(feedbackMergeInputSchema, req.body, 'body');
    const access = await accessOf(req);
    const item = await audited(
      auditor,
      {
        eventId: 'feedback-merge',
        severityLevel: 'medium',
        request: req,
        meta: { feedbackId: id, intoId },
      },
      async () => {
        await authorize(
          permissions,
          feedbackTriagePermission,
          access.credentials,
        );
        return feedback.merge(id, intoId, access);
      },
    );
    res.json(item);
  });

  return router;
}
