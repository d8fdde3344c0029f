import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  apiRoutes,
  changelogUpdatePermission,
} from 'backstage-plugin-platform-product-common';
import Router from 'express-promise-router';
import { CatalogDirectory } from '../catalog/CatalogDirectory';
import { ChangelogService } from '../services/ChangelogService';
import { AppLinks } from '../lib/appLinks';
import { atomFeed } from '../lib/atomFeed';
import { allowed } from './authorize';
import { IdempotentCreates } from './idempotency';
import { parseRoute, pathId, routeKit } from './mutation';
import { parseRequest } from './validation';
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
    changelog,
    idempotency,
    appLinks,
    publicFeed,
  } = options;
  const router = Router();
  const { user, permitted, mutation } = routeKit(options);

  router.get('/changelog', async (req, res) => {
    const query = parseRequest(apiRoutes.listChangelog, 'query', req);
    res.json(await changelog.list(query, await user(req)));
  });

  router.get('/changelog/unpublished', async (req, res) => {
    const query = parseRequest(
      apiRoutes.listUnpublishedChangelog,
      'query',
      req,
    );
    const credentials = await permitted(
      apiRoutes.listUnpublishedChangelog,
      req,
    );
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
    const { toolRef } = parseRequest(apiRoutes.getChangelogFeed, 'query', req);
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
    const { cursor } = parseRequest(
      apiRoutes.listChangelogSearchDocuments,
      'query',
      req,
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
    const { id } = parseRequest(apiRoutes.getChangelogEntry, 'params', req);
    const credentials = await user(req);
    const [write] = await allowed(
      permissions,
      [changelogUpdatePermission],
      credentials,
    );
    res.json(await changelog.get(id, { credentials, write }));
  });

  router.get('/changelog/:id/revisions', async (req, res) => {
    const { params, query } = parseRoute(apiRoutes.listChangelogRevisions, req);
    await permitted(apiRoutes.listChangelogRevisions, req);
    res.json(await changelog.revisions(params.id, query));
  });

  /** Read receipts for maintainers: counts per team and overall, never who. */
  router.get('/changelog/:id/reach', async (req, res) => {
    const { id } = parseRequest(apiRoutes.getChangelogReach, 'params', req);
    const credentials = await permitted(apiRoutes.getChangelogReach, req);
    res.json(await changelog.reach(id, credentials));
  });

  /** Who publishing would notify, in counts: under the permission to publish. */
  router.get('/changelog/:id/audience', async (req, res) => {
    const { id } = parseRequest(apiRoutes.getChangelogAudience, 'params', req);
    await permitted(apiRoutes.getChangelogAudience, req);
    res.json(await changelog.audiencePreview(id));
  });

  /** The notifications of a published entry: sent, pending, failed. */
  router.get('/changelog/:id/deliveries', async (req, res) => {
    const { id } = parseRequest(
      apiRoutes.getChangelogDeliveries,
      'params',
      req,
    );
    await permitted(apiRoutes.getChangelogDeliveries, req);
    res.json(await changelog.deliveryReport(id));
  });

  router.post('/changelog', async (req, res) => {
    const { body } = parseRoute(apiRoutes.createChangelogEntry, req);
    const credentials = await user(req);
    const entry = await createChangelogEntry(options, body, {
      credentials,
      request: req,
      create: idempotency.of(req, 'changelog', credentials, body),
    });
    res.status(201).json(entry);
  });

  router.put(
    '/changelog/:id',
    mutation(apiRoutes.updateChangelogEntry, {
      eventId: 'changelog-update',
      meta: pathId,
      run: ({ params, body: { version, ...input } }, { credentials }) =>
        changelog.update(params.id, version, input, credentials),
    }),
  );

  router.post(
    '/changelog/:id/publish',
    mutation(apiRoutes.publishChangelogEntry, {
      eventId: 'changelog-publish',
      meta: pathId,
      run: ({ params }, { credentials }) =>
        changelog.publishNow(params.id, credentials),
    }),
  );

  router.delete(
    '/changelog/:id',
    mutation(apiRoutes.deleteChangelogEntry, {
      eventId: 'changelog-delete',
      meta: pathId,
      run: ({ params }, { credentials }) =>
        changelog.delete(params.id, credentials),
    }),
  );

  for (const route of [
    apiRoutes.markChangelogHelpful,
    apiRoutes.unmarkChangelogHelpful,
  ]) {
    router[route.method === 'PUT' ? 'put' : 'delete'](
      route.path,
      mutation(route, {
        eventId: 'changelog-helpful',
        severity: 'low',
        meta: pathId,
        run: ({ params }, { credentials }) =>
          changelog.react(params.id, route.method === 'PUT', credentials),
      }),
    );
  }

  return router;
}
