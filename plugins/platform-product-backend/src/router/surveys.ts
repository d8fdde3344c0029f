import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  apiRoutes,
  feedbackReadIdentitiesPermission,
  surveyManagePermission,
} from 'backstage-plugin-platform-product-common';
import { NotAllowedError } from '@backstage/errors';
import { Request } from 'express';
import Router from 'express-promise-router';
import { SurveysService } from '../services/SurveysService';
import { audited } from './audit';
import { allowed } from './authorize';
import { IdempotentCreates } from './idempotency';
import { parseRoute, routeKit } from './mutation';
import { parseRequest } from './validation';

/** NPS surveys: campaigns, prompts and answers, results, trend and CSV export. */
export function createSurveysRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  surveys: SurveysService;
  idempotency: IdempotentCreates;
}) {
  const { permissions, auditor, surveys, idempotency } = options;
  const router = Router();
  const { user, mutation } = routeKit(options);

  /** Credentials of a caller allowed to manage surveys, and whether they may see names. */
  async function manager(req: Request) {
    const credentials = await user(req);
    const [manage, readIdentities] = await allowed(
      permissions,
      [surveyManagePermission, feedbackReadIdentitiesPermission],
      credentials,
    );
    if (!manage) {
      throw new NotAllowedError(`Not allowed: ${surveyManagePermission.name}`);
    }
    return { credentials, readIdentities };
  }

  router.get('/surveys', async (req, res) => {
    await user(req);
    res.json(
      await surveys.list(parseRequest(apiRoutes.listSurveys, 'query', req)),
    );
  });

  router.get('/surveys/prompts', async (req, res) => {
    const filter = parseRequest(apiRoutes.listSurveyPrompts, 'query', req);
    res.json(await surveys.prompts(await user(req), filter));
  });

  router.get('/surveys/trend', async (req, res) => {
    const { toolRef } = parseRequest(apiRoutes.getSurveyTrend, 'query', req);
    await manager(req);
    res.json({ items: await surveys.trend(toolRef) });
  });

  router.post(
    '/surveys',
    mutation(apiRoutes.createSurvey, {
      eventId: 'survey-create',
      run: ({ body }, { credentials }, req) =>
        idempotency.of(req, 'survey', credentials, body).run(
          once => surveys.create(body, credentials, once),
          id => surveys.get(id),
        ),
    }),
  );

  router.put(
    '/surveys/:id',
    mutation(apiRoutes.updateSurvey, {
      eventId: 'survey-update',
      meta: ({ params }) => ({ surveyId: params.id }),
      run: ({ params, body }, { credentials }) =>
        surveys.update(params.id, body, credentials),
    }),
  );

  router.post(
    '/surveys/:id/close',
    mutation(apiRoutes.closeSurvey, {
      eventId: 'survey-close',
      meta: ({ params }) => ({ surveyId: params.id }),
      run: ({ params }, { credentials }) =>
        surveys.close(params.id, credentials),
    }),
  );

  // An anonymous answer's audit event carries no request, hence no actor.
  router.put(
    '/surveys/:id/response',
    mutation(apiRoutes.answerSurvey, {
      eventId: 'survey-answer',
      severity: 'low',
      meta: ({ params, body }) => ({
        surveyId: params.id,
        anonymous: body.anonymous,
      }),
      anonymous: ({ body }) => body.anonymous,
      run: ({ params, body }, { credentials }) =>
        surveys.answer(params.id, body, credentials),
    }),
  );

  router.get('/surveys/:id/results', async (req, res) => {
    const { id } = parseRequest(apiRoutes.getSurveyResults, 'params', req);
    const { credentials } = await manager(req);
    res.json(await surveys.results(id, credentials));
  });

  router.get('/surveys/:id/comments', async (req, res) => {
    const { params, query } = parseRoute(apiRoutes.listSurveyComments, req);
    const { readIdentities } = await manager(req);
    res.json(await surveys.comments(params.id, query, readIdentities));
  });

  // A read, audited because a CSV of answers leaves the portal.
  router.get('/surveys/:id/export', async (req, res) => {
    const { params, query } = parseRoute(apiRoutes.exportSurvey, req);
    const { id } = params;
    const { part } = query;
    const csv = await audited(
      auditor,
      {
        eventId: 'survey-export',
        severityLevel: 'medium',
        request: req,
        meta: { surveyId: id, part },
      },
      async () => {
        const { credentials, readIdentities } = await manager(req);
        return surveys.exportCsv(id, part, credentials, readIdentities);
      },
    );
    res.type('text/csv').attachment(`survey-${id}-${part}.csv`).send(csv);
  });

  return router;
}
