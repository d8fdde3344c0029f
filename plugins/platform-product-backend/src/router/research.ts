import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  apiRoutes,
  researchContributePermission,
  researchReadPermission,
  researchWritePermission,
} from 'backstage-plugin-platform-product-common';
import Router from 'express-promise-router';
import { ResearchAccess, ResearchService } from '../services/ResearchService';
import { AppLinks } from '../lib/appLinks';
import { UserCredentials } from '../lib/credentials';
import { allowed } from './authorize';
import { IdempotentCreates } from './idempotency';
import { pathId, routeKit } from './mutation';
import { parseRequest } from './validation';

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
  appLinks: AppLinks;
}) {
  const { httpAuth, permissions, research, idempotency, appLinks } = options;
  const router = Router();
  const { user, mutation } = routeKit(options);

  /** What the caller may do with notes; the service decides each note by it. */
  async function access(credentials: UserCredentials): Promise<ResearchAccess> {
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
    const filter = parseRequest(apiRoutes.listResearchNotes, 'query', req);
    res.json(await research.list(filter, await access(await user(req))));
  });

  router.get('/research/search-documents', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['service'] });
    if (credentials.principal.subject !== SEARCH_PLUGIN) {
      throw new NotAllowedError('Only the search backend reads this list');
    }
    const { cursor } = parseRequest(
      apiRoutes.listResearchSearchDocuments,
      'query',
      req,
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
        location: appLinks.page('feedback', 'research', note.id),
        kind: note.kind,
        date: note.date,
      })),
    });
  });

  router.get('/research/:id', async (req, res) => {
    const { id } = parseRequest(apiRoutes.getResearchNote, 'params', req);
    res.json(await research.get(id, await access(await user(req))));
  });

  // The service checks the notes' permissions (research.write, or research.contribute for
  // the author's own notes): the routes name none.
  router.post(
    '/research',
    mutation(apiRoutes.createResearchNote, {
      eventId: 'research-create',
      meta: ({ body }, req) => ({ ...pathId(body, req), kind: body.kind }),
      caller: access,
      run: ({ body }, caller, req) =>
        idempotency.of(req, 'research-note', caller.credentials, body).run(
          once => research.create(body, caller, once),
          id => research.get(id, caller),
        ),
      respond: created => ({ body: created, meta: { id: String(created.id) } }),
    }),
  );

  router.put(
    '/research/:id',
    mutation(apiRoutes.updateResearchNote, {
      eventId: 'research-update',
      meta: pathId,
      caller: access,
      run: ({ params, body }, caller) =>
        research.update(params.id, body, caller),
    }),
  );

  router.delete(
    '/research/:id',
    mutation(apiRoutes.deleteResearchNote, {
      eventId: 'research-delete',
      meta: pathId,
      run: ({ params }) => research.delete(params.id),
    }),
  );

  return router;
}
