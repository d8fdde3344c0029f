import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  apiRoutes,
  feedbackCreatePermission,
} from 'backstage-plugin-platform-product-common';
import { Request } from 'express';
import Router from 'express-promise-router';
import { CatalogDirectory } from '../catalog/CatalogDirectory';
import { FeedbackAccess, FeedbackService } from '../services/FeedbackService';
import { UserCredentials } from '../lib/credentials';
import { authorize } from './authorize';
import { IdempotentCreates } from './idempotency';
import { parseRoute, routeKit } from './mutation';
import { parseRequest } from './validation';
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
  const { permissions, feedback, idempotency } = options;
  const router = Router();
  const { user, permitted, mutation } = routeKit(options);

  const accessOf = (credentials: UserCredentials): Promise<FeedbackAccess> =>
    feedbackAccessOf(permissions, credentials);
  const readerOf = async (req: Request) => accessOf(await user(req));

  router.get('/feedback', async (req, res) => {
    const query = parseRequest(apiRoutes.listFeedback, 'query', req);
    res.json(await feedback.list(query, await readerOf(req)));
  });

  /** Items like the one being written or merged: the duplicate suggestions. */
  router.get('/feedback/similar', async (req, res) => {
    const query = parseRequest(apiRoutes.listSimilarFeedback, 'query', req);
    res.json({ items: await feedback.similar(query, await readerOf(req)) });
  });

  router.post('/feedback', async (req, res) => {
    const { body } = parseRoute(apiRoutes.createFeedback, req);
    const access = await readerOf(req);
    const { credentials } = access;
    const item = await sendFeedback(options, body, {
      credentials,
      request: req,
      access,
      create: idempotency.of(req, 'feedback', credentials, body),
    });
    res.status(201).json(item);
  });

  /** The "needs triage" badge of the Feedback tab: from the maintained counts. */
  router.get('/feedback/triage-count', async (req, res) => {
    await permitted(apiRoutes.getFeedbackTriageCount, req);
    res.json(await feedback.triageCount());
  });

  // Triage writes: under the route's permission (feedback.triage), each audited with the item's id.
  router.post(
    '/feedback/bulk-status',
    mutation(apiRoutes.changeFeedbackStatuses, {
      eventId: 'feedback-bulk-status',
      meta: ({ body }) => ({
        feedbackIds: body.items.map(i => i.id),
        status: body.status,
      }),
      caller: accessOf,
      run: ({ body: { items, ...step } }, access) =>
        feedback.changeStatuses(items, step, access),
      // What happened to each item, in the audit log too.
      respond: results => ({ body: { results }, meta: { results } }),
    }),
  );

  router.put(
    '/feedback/:id/assignee',
    mutation(apiRoutes.assignFeedback, {
      eventId: 'feedback-assign',
      meta: ({ params, body }) => ({
        feedbackId: params.id,
        assigneeRef: body.assigneeRef,
      }),
      caller: accessOf,
      run: ({ params, body }, access) =>
        feedback.assign(params.id, body.assigneeRef, access),
    }),
  );

  // Unassigning has no body.
  router.delete(
    '/feedback/:id/assignee',
    mutation(apiRoutes.unassignFeedback, {
      eventId: 'feedback-assign',
      meta: ({ params }) => ({ feedbackId: params.id, assigneeRef: null }),
      caller: accessOf,
      run: ({ params }, access) =>
        feedback.assign(params.id, undefined, access),
    }),
  );

  router.put(
    '/feedback/:id/tags',
    mutation(apiRoutes.setFeedbackTags, {
      eventId: 'feedback-tags',
      meta: ({ params, body }) => ({ feedbackId: params.id, tags: body.tags }),
      caller: accessOf,
      run: ({ params, body }, access) =>
        feedback.setTags(params.id, body.tags, access),
    }),
  );

  router.get('/feedback/:id', async (req, res) => {
    const { id } = parseRequest(apiRoutes.getFeedback, 'params', req);
    res.json(await feedback.get(id, await readerOf(req)));
  });

  router.get('/feedback/:id/activity', async (req, res) => {
    const { params, query } = parseRoute(apiRoutes.listFeedbackActivity, req);
    res.json(await feedback.activity(params.id, query, await readerOf(req)));
  });

  router.put(
    '/feedback/:id/vote',
    mutation(apiRoutes.voteFeedback, {
      eventId: 'feedback-vote',
      severity: 'low',
      meta: ({ params }) => ({ feedbackId: params.id }),
      caller: accessOf,
      run: ({ params }, access) => feedback.vote(params.id, access),
    }),
  );

  router.delete(
    '/feedback/:id/vote',
    mutation(apiRoutes.unvoteFeedback, {
      eventId: 'feedback-unvote',
      severity: 'low',
      meta: ({ params }) => ({ feedbackId: params.id }),
      caller: accessOf,
      run: ({ params }, access) => feedback.unvote(params.id, access),
    }),
  );

  router.post(
    '/feedback/:id/status',
    mutation(apiRoutes.changeFeedbackStatus, {
      eventId: 'feedback-status',
      meta: ({ params, body }) => ({
        feedbackId: params.id,
        status: body.status,
      }),
      caller: accessOf,
      run: ({ params, body }, access) =>
        feedback.changeStatus(params.id, body, access),
    }),
  );

  router.post(
    '/feedback/:id/replies',
    mutation(apiRoutes.replyToFeedback, {
      eventId: 'feedback-reply',
      severity: 'low',
      meta: ({ params }) => ({ feedbackId: params.id }),
      caller: accessOf,
      // The anonymous author's own reply is audited without naming them.
      anonymous: async ({ params }, access) => {
        const item = await feedback.get(params.id, access);
        return item.mine && item.anonymous;
      },
      // Maintainers reply by their triage permission, authors by the one to give feedback.
      authorize: async access => {
        if (!access.triage) {
          await authorize(
            permissions,
            feedbackCreatePermission,
            access.credentials,
          );
        }
      },
      run: ({ params, body }, access) =>
        feedback.reply(params.id, body.body, access),
    }),
  );

  router.post(
    '/feedback/:id/merge',
    mutation(apiRoutes.mergeFeedback, {
      eventId: 'feedback-merge',
      meta: ({ params, body }) => ({
        feedbackId: params.id,
        intoId: body.intoId,
      }),
      caller: accessOf,
      run: ({ params, body }, access) =>
        feedback.merge(params.id, body.intoId, access),
    }),
  );

  return router;
}
