import {
  AuditorService,
  AuditorServiceCreateEventOptions,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  feedbackAssigneeInputSchema,
  feedbackBulkStatusInputSchema,
  feedbackCreatePermission,
  feedbackInputSchema,
  feedbackMergeInputSchema,
  feedbackQuerySchema,
  feedbackReplyInputSchema,
  feedbackStatusInputSchema,
  feedbackTagsInputSchema,
  feedbackTriagePermission,
  idPathSchema,
  pageQuerySchema,
  similarFeedbackQuerySchema,
} from 'backstage-plugin-platform-product-common';
import { Request } from 'express';
import Router from 'express-promise-router';
import { CatalogDirectory } from '../catalog/CatalogDirectory';
import { FeedbackAccess, FeedbackService } from '../services/FeedbackService';
import { audited } from './audit';
import { authorize } from './authorize';
import { IdempotentCreates } from './idempotency';
import { parseInput } from './validation';
import { feedbackAccessOf, sendFeedback } from './writes';

/** Feedback and ideas: the inbox, sending, +1s, triage, threads and merging. */
export function createFeedbackRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  feedback: FeedbackService;
  idempotency: IdempotentCreates;
  directory: CatalogDirectory;
}) {
  const { httpAuth, permissions, auditor, feedback, idempotency } = options;
  const router = Router();

  async function accessOf(req: Request): Promise<FeedbackAccess> {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    return feedbackAccessOf(permissions, credentials);
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
    const { credentials } = access;
    const item = await sendFeedback(options, input, {
      credentials,
      request: req,
      access,
      create: idempotency.of(req, 'feedback', credentials, input),
    });
    res.status(201).json(item);
  });

  /** The "needs triage" badge of the Feedback tab: from the maintained counts. */
  router.get('/feedback/triage-count', async (req, res) => {
    const access = await accessOf(req);
    await authorize(permissions, feedbackTriagePermission, access.credentials);
    res.json(await feedback.triageCount());
  });

  /** Triage writes: permission-checked and audited, each with the item's id. */
  const triaged = async <T>(
    req: Request,
    eventId: string,
    meta: NonNullable<AuditorServiceCreateEventOptions['meta']>,
    run: (access: FeedbackAccess) => Promise<T>,
    outcome?: (
      result: T,
    ) => NonNullable<AuditorServiceCreateEventOptions['meta']>,
  ) => {
    const access = await accessOf(req);
    return audited(
      auditor,
      { eventId, severityLevel: 'medium', request: req, meta },
      async () => {
        await authorize(
          permissions,
          feedbackTriagePermission,
          access.credentials,
        );
        return run(access);
      },
      outcome,
    );
  };

  router.post('/feedback/bulk-status', async (req, res) => {
    const { items, ...step } = parseInput(
      feedbackBulkStatusInputSchema,
      req.body,
      'body',
    );
    const results = await triaged(
      req,
      'feedback-bulk-status',
      { feedbackIds: items.map(i => i.id), status: step.status },
      access => feedback.changeStatuses(items, step, access),
      // What happened to each item, in the audit log too.
      outcome => ({ results: outcome }),
    );
    res.json({ results });
  });

  for (const method of ['put', 'delete'] as const) {
    router[method]('/feedback/:id/assignee', async (req, res) => {
      const id = idOf(req);
      // Unassigning has no body.
      const assigneeRef =
        method === 'put'
          ? parseInput(feedbackAssigneeInputSchema, req.body, 'body')
              .assigneeRef
          : undefined;
      const item = await triaged(
        req,
        'feedback-assign',
        { feedbackId: id, assigneeRef: assigneeRef ?? null },
        access => feedback.assign(id, assigneeRef, access),
      );
      res.json(item);
    });
  }

  router.put('/feedback/:id/tags', async (req, res) => {
    const id = idOf(req);
    const { tags } = parseInput(feedbackTagsInputSchema, req.body, 'body');
    const item = await triaged(
      req,
      'feedback-tags',
      { feedbackId: id, tags },
      access => feedback.setTags(id, tags, access),
    );
    res.json(item);
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
    const item = await triaged(
      req,
      'feedback-status',
      { feedbackId: id, status: change.status },
      access => feedback.changeStatus(id, change, access),
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
    const item = await triaged(
      req,
      'feedback-merge',
      { feedbackId: id, intoId },
      access => feedback.merge(id, intoId, access),
    );
    res.json(item);
  });

  return router;
}
