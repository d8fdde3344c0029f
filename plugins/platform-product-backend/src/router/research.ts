import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  idPathSchema,
  keysetPageQuerySchema,
  researchContributePermission,
  researchNoteInputSchema,
  researchNoteUpdateSchema,
  researchQuerySchema,
  researchReadPermission,
  researchWritePermission,
} from 'backstage-plugin-platform-product-common';
import { Request } from 'express';
import Router from 'express-promise-router';
import { ResearchAccess, ResearchService } from '../services/ResearchService';
import { audited } from './audit';
import { allowed, authorize } from './authorize';
import { IdempotentCreates } from './idempotency';
import { parseInput } from './validation';

/** Notes per page of `GET /research/search-documents`. */
const SEARCH_PAGE = 100;

/** Only the search backend's collator reads every note's text for the index. */
const SEARCH_PLUGIN = 'plugin:search';

/** The research log: notes of interviews, shadowing, office hours, … */
export function createResearchRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  research: ResearchService;
  idempotency: IdempotentCreates;
}) {
  const { httpAuth, permissions, auditor, research, idempotency } = options;
  const router = Router();
  const idOf = (req: Request) =>
    parseInput(idPathSchema, req.params, 'path').id;
  const event = (req: Request, eventId: string, meta?: object) => ({
    eventId,
    severityLevel: 'medium' as const,
    request: req,
    meta: { id: req.params.id, ...meta },
  });

  async function access(req: Request): Promise<ResearchAccess> {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const [read, write, contribute] = await allowed(
      permissions,
      [
        researchReadPermission,
        researchWritePermission,
        researchContributePermission,
      ],
      credentials,
    );
    return { credentials, read, write, contribute };
  }

  router.get('/research', async (req, res) => {
    const filter = parseInput(researchQuerySchema, req.query, 'query');
    res.json(await research.list(filter, await access(req)));
  });

  router.get('/research/search-documents', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['service'] });
    if (credentials.principal.subject !== SEARCH_PLUGIN) {
      throw new NotAllowedError('Only the search backend reads this list');
    }
    const { cursor } = parseInput(
      keysetPageQuerySchema.pick({ cursor: true }),
      req.query,
      'query',
    );
    const page = await research.searchPage({
      limit: SEARCH_PAGE,
      offset: 0,
      cursor,
    });
    res.json({
      nextCursor: page.nextCursor,
      items: page.items.map(note => ({
        title: note.title,
        text: [note.body, ...note.quotes].join('\n\n'),
        location: `/platform-product/feedback/research/${note.id}`,
        kind: note.kind,
        date: note.date,
      })),
    });
  });

  router.get('/research/:id', async (req, res) => {
    res.json(await research.get(idOf(req), await access(req)));
  });

  router.post('/research', async (req, res) => {
    const input = parseInput(researchNoteInputSchema, req.body, 'body');
    const caller = await access(req);
    const create = idempotency.of(
      req,
      'research-note',
      caller.credentials,
      input,
    );
    const note = await audited(
      auditor,
      event(req, 'research-create', { kind: input.kind }),
      () =>
        create.run(
          once => research.create(input, caller, once),
          id => research.get(id, caller),
        ),
      created => ({ id: String(created.id) }),
    );
    res.status(201).json(note);
  });

  router.put('/research/:id', async (req, res) => {
    const id = idOf(req);
    const input = parseInput(researchNoteUpdateSchema, req.body, 'body');
    const caller = await access(req);
    const note = await audited(auditor, event(req, 'research-update'), () =>
      research.update(id, input, caller),
    );
    res.json(note);
  });

  router.delete('/research/:id', async (req, res) => {
    const id = idOf(req);
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    await audited(auditor, event(req, 'research-delete'), async () => {
      await authorize(permissions, researchWritePermission, credentials);
      await research.delete(id);
    });
    res.status(204).end();
  });

  return router;
}
