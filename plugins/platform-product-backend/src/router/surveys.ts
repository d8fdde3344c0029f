import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  feedbackCreatePermission,
  feedbackReadIdentitiesPermission,
  idPathSchema,
  keysetPageQuerySchema,
  surveyPromptsQuerySchema,
  pageQuerySchema,
  surveyExportQuerySchema,
  surveyInputSchema,
  surveyManagePermission,
  surveyResponseInputSchema,
  toolFilterQuerySchema,
} from 'backstage-plugin-platform-product-common';
import { NotAllowedError } from '@backstage/errors';
import { Request } from 'express';
import Router from 'express-promise-router';
import { SurveysService } from '../services/SurveysService';
import { audited } from './audit';
import { allowed, authorize } from './authorize';
import { IdempotentCreates } from './idempotency';
import { parseInput } from './validation';

/** NPS surveys: campaigns, prompts and answers, results, trend and CSV export. */
export function createSurveysRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  surveys: SurveysService;
  idempotency: IdempotentCreates;
}) {
  const { httpAuth, permissions, auditor, surveys, idempotency } = options;
  const router = Router();
  const user = (req: Request) => httpAuth.credentials(req, { allow: ['user'] });
  const idOf = (req: Request) =>
    parseInput(idPathSchema, req.params, 'path').id;

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
      await surveys.list(parseInput(pageQuerySchema, req.query, 'query')),
    );
  });

  router.get('/surveys/prompts', async (req, res) => {
    const filter = parseInput(surveyPromptsQuerySchema, req.query, 'query');
    res.json(await surveys.prompts(await user(req), filter));
  });

  router.get('/surveys/trend', async (req, res) => {
    const { toolRef } = parseInput(toolFilterQuerySchema, req.query, 'query');
    await manager(req);
    res.json({ items: await surveys.trend(toolRef) });
  });

  router.post('/surveys', async (req, res) => {
    const fields = parseInput(surveyInputSchema, req.body, 'body');
    const credentials = await user(req);
    const create = idempotency.of(req, 'survey', credentials, fields);
    const survey = await audited(
      auditor,
      { eventId: 'survey-create', severityLevel: 'medium', request: req },
      async () => {
        await authorize(permissions, surveyManagePermission, credentials);
        return create.run(
          once => surveys.create(fields, credentials, once),
          id => surveys.get(id),
        );
      },
    );
    res.status(201).json(survey);
  });

  router.put('/surveys/:id', async (req, res) => {
    const id = idOf(req);
    const fields = parseInput(surveyInputSchema, req.body, 'body');
    const credentials = await user(req);
    const survey = await audited(
      auditor,
      {
        eventId: 'survey-update',
        severityLevel: 'medium',
        request: req,
        meta: { surveyId: id },
      },
      async () => {
        await authorize(permissions, surveyManagePermission, credentials);
        return surveys.update(id, fields, credentials);
      },
    );
    res.json(survey);
  });

  router.post('/surveys/:id/close', async (req, res) => {
    const id = idOf(req);
    const credentials = await user(req);
    const survey = await audited(
      auditor,
      {
        eventId: 'survey-close',
        severityLevel: 'medium',
        request: req,
        meta: { surveyId: id },
      },
      async () => {
        await authorize(permissions, surveyManagePermission, credentials);
        return surveys.close(id, credentials);
      },
    );
    res.json(survey);
  });

  router.put('/surveys/:id/response', async (req, res) => {
    const id = idOf(req);
    const input = parseInput(surveyResponseInputSchema, req.body, 'body');
    const credentials = await user(req);
    // An anonymous answer's audit event carries no request, hence no actor.
    const prompt = await audited(
      auditor,
      {
        eventId: 'survey-answer',
        severityLevel: 'low',
        request: input.anonymous ? undefined : req,
        meta: { surveyId: id, anonymous: input.anonymous },
      },
      async () => {
        await authorize(permissions, feedbackCreatePermission, credentials);
        return surveys.answer(id, input, credentials);
      },
    );
    res.json(prompt);
  });

  router.get('/surveys/:id/results', async (req, res) => {
    const id = idOf(req);
    const { credentials } = await manager(req);
    res.json(await surveys.results(id, credentials));
  });

  router.get('/surveys/:id/comments', async (req, res) => {
    const id = idOf(req);
    const page = parseInput(keysetPageQuerySchema, req.query, 'query');
    const { readIdentities } = await manager(req);
    res.json(await surveys.comments(id, page, readIdentities));
  });

  router.get('/surveys/:id/export', async (req, res) => {
    const id = idOf(req);
    const { part } = parseInput(surveyExportQuerySchema, req.query, 'query');
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
