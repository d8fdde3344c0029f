import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  changelogDeletePermission,
  changelogEntryInputSchema,
  changelogQuerySchema,
  changelogUpdatePermission,
  feedbackCreatePermission,
  idPathSchema,
  keysetPageQuerySchema,
  unpublishedQuerySchema,
  versionSchema,
  toolFilterQuerySchema,
  searchDocumentsQuerySchema,
} from 'backstage-plugin-platform-product-common';
import { Request } from 'express';
import Router from 'express-promise-router';
import { CatalogDirectory } from '../catalog/CatalogDirectory';
import { ChangelogService } from '../services/ChangelogService';
import { AppLinks } from '../services/appLinks';
import { atomFeed } from '../services/atomFeed';
import { audited } from './audit';
import { allowed, authorize } from './authorize';
import { IdempotentCreates } from './idempotency';
import { parseInput } from './validation';
import { createChangelogEntry } from './writes';

const FEED_LENGTH = 50;
/** Search documents per page: the collator follows `nextCursor` to the end. */
const SEARCH_PAGE = 500;

/** The changelog: reading, writing and publishing entries, "new since", reactions, the feed. */
export function createChangelogRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  changelog: ChangelogService;
  idempotency: IdempotentCreates;
  directory: CatalogDirectory;
  appLinks: AppLinks;
  /** Whether the feed is served without sign-in (`platformProduct.changelog.publicFeed`). */
  publicFeed: boolean;
}) {
  const {
    httpAuth,
    permissions,
    auditor,
    changelog,
    idempotency,
    appLinks,
    publicFeed,
  } = options;
  const router = Router();
  const user = (req: Request) => httpAuth.credentials(req, { allow: ['user'] });
  const idOf = (req: Request) =>
    parseInput(idPathSchema, req.params, 'path').id;
  const event = (req: Request, eventId: string) => ({
    eventId,
    severityLevel: 'medium' as const,
    request: req,
    meta: { id: req.params.id },
  });

  router.get('/changelog', async (req, res) => {
    const query = parseInput(changelogQuerySchema, req.query, 'query');
    res.json(await changelog.list(query, await user(req)));
  });

  router.get('/changelog/unpublished', async (req, res) => {
    const query = parseInput(unpublishedQuerySchema, req.query, 'query');
    const credentials = await user(req);
    await authorize(permissions, changelogUpdatePermission, credentials);
    res.json(await changelog.unpublished(query, credentials));
  });

  router.get('/changelog/unseen', async (req, res) => {
    res.json(await changelog.unseen(await user(req)));
  });

  router.post('/changelog/seen', async (req, res) => {
    await changelog.markSeen(await user(req));
    res.status(204).end();
  });

  /** Atom feed of published entries nobody needs early access for. */
  router.get('/changelog/feed.atom', async (req, res) => {
    const { toolRef } = parseInput(toolFilterQuerySchema, req.query, 'query');
    if (!publicFeed) {
      await httpAuth.credentials(req);
    }
    const entries = await changelog.publicEntries(toolRef, FEED_LENGTH);
    res
      .type('application/atom+xml')
      .send(atomFeed(entries, { appLinks, toolRef }));
  });

  /** For the search collator: every public entry, as search documents. */
  router.get('/changelog/search-documents', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['service'] });
    const { cursor } = parseInput(
      searchDocumentsQuerySchema,
      req.query,
      'query',
    );
    const page = await changelog.publicPage({ limit: SEARCH_PAGE, cursor });
    res.json({
      nextCursor: page.nextCursor,
      items: page.items.map(entry => ({
        title: entry.title,
        text: entry.body,
        location: appLinks.page('changelog', entry.id),
        category: entry.category,
        toolRefs: entry.toolRefs,
        publishedAt: entry.publishedAt,
      })),
    });
  });

  router.get('/changelog/:id', async (req, res) => {
    const id = idOf(req);
    const credentials = await user(req);
    const [write] = await allowed(
      permissions,
      [changelogUpdatePermission],
      credentials,
    );
    res.json(await changelog.get(id, { credentials, write }));
  });

  router.get('/changelog/:id/revisions', async (req, res) => {
    const id = idOf(req);
    const page = parseInput(keysetPageQuerySchema, req.query, 'query');
    await authorize(permissions, changelogUpdatePermission, await user(req));
    res.json(await changelog.revisions(id, page));
  });

  /** Read receipts for maintainers: counts per team and overall, never who. */
  router.get('/changelog/:id/reach', async (req, res) => {
    const id = idOf(req);
    const credentials = await user(req);
    await authorize(permissions, changelogUpdatePermission, credentials);
    res.json(await changelog.reach(id, credentials));
  });

  /** Who publishing would notify, in counts: under the permission to publish. */
  router.get('/changelog/:id/audience', async (req, res) => {
    const id = idOf(req);
    await authorize(permissions, changelogUpdatePermission, await user(req));
    res.json(await changelog.audiencePreview(id));
  });

  /** The notifications of a published entry: sent, pending, failed. */
  router.get('/changelog/:id/deliveries', async (req, res) => {
    const id = idOf(req);
    await authorize(permissions, changelogUpdatePermission, await user(req));
    res.json(await changelog.deliveryReport(id));
  });

  router.post('/changelog', async (req, res) => {
    const input = parseInput(changelogEntryInputSchema, req.body, 'body');
    const credentials = await user(req);
    const entry = await createChangelogEntry(options, input, {
      credentials,
      request: req,
      create: idempotency.of(req, 'changelog', credentials, input),
    });
    res.status(201).json(entry);
  });

  router.put('/changelog/:id', async (req, res) => {
    const id = idOf(req);
    const input = parseInput(changelogEntryInputSchema, req.body, 'body');
    const { version } = parseInput(versionSchema, req.body, 'body');
    const credentials = await user(req);
    const entry = await audited(
      auditor,
      event(req, 'changelog-update'),
      async () => {
        await authorize(permissions, changelogUpdatePermission, credentials);
        return changelog.update(id, version, input, credentials);
      },
    );
    res.json(entry);
  });

  router.post('/changelog/:id/publish', async (req, res) => {
    const id = idOf(req);
    const credentials = await user(req);
    const entry = await audited(
      auditor,
      event(req, 'changelog-publish'),
      async () => {
        await authorize(permissions, changelogUpdatePermission, credentials);
        return changelog.publishNow(id, credentials);
      },
    );
    res.json(entry);
  });

  router.delete('/changelog/:id', async (req, res) => {
    const id = idOf(req);
    const credentials = await user(req);
    await audited(auditor, event(req, 'changelog-delete'), async () => {
      await authorize(permissions, changelogDeletePermission, credentials);
      await changelog.delete(id, credentials);
    });
    res.status(204).end();
  });

  for (const method of ['put', 'delete'] as const) {
    router[method]('/changelog/:id/helpful', async (req, res) => {
      const id = idOf(req);
      const credentials = await user(req);
      const entry = await audited(
        auditor,
        { ...event(req, 'changelog-helpful'), severityLevel: 'low' },
        async () => {
          await authorize(permissions, feedbackCreatePermission, credentials);
          return changelog.react(id, method === 'put', credentials);
        },
      );
      res.json(entry);
    });
  }

  return router;
}
