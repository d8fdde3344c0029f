import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  changelogCreatePermission,
  changelogDeletePermission,
  changelogEntryInputSchema,
  changelogQuerySchema,
  changelogUpdatePermission,
  feedbackCreatePermission,
  idPathSchema,
  toolQuerySchema,
  unpublishedQuerySchema,
} from 'backstage-plugin-platform-product-common';
import { Request } from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { ChangelogService } from '../services/ChangelogService';
import { atomFeed } from '../services/atomFeed';
import { audited } from './audit';
import { allowed, authorize } from './authorize';
import { IdempotentCreates } from './idempotency';
import { parseInput } from './validation';

const FEED_LENGTH = 50;
const SEARCH_LIMIT = 10_000;
/** Versions are PostgreSQL `integer`s, like ids. */
const versionSchema = z.object({
  version: z.number().int().min(1).max(2_147_483_647),
});

/** The changelog: reading, writing and publishing entries, "new since", reactions, the feed. */
export function createChangelogRouter(options: {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  changelog: ChangelogService;
  idempotency: IdempotentCreates;
  appBaseUrl: string;
  /** Whether the feed is served without sign-in (`platformProduct.changelog.publicFeed`). */
  publicFeed: boolean;
}) {
  const {
    httpAuth,
    permissions,
    auditor,
    changelog,
    idempotency,
    appBaseUrl,
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
    const credentials = await user(req);
    await authorize(permissions, changelogUpdatePermission, credentials);
    const { q } = parseInput(unpublishedQuerySchema, req.query, 'query');
    res.json({ items: await changelog.unpublished(credentials, q) });
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
    const { toolRef } = parseInput(
      toolQuerySchema.partial(),
      req.query,
      'query',
    );
    if (!publicFeed) {
      await httpAuth.credentials(req);
    }
    const entries = await changelog.publicEntries(toolRef, FEED_LENGTH);
    res
      .type('application/atom+xml')
      .send(atomFeed(entries, { appBaseUrl, toolRef }));
  });

  /** For the search collator: every public entry, as search documents. */
  router.get('/changelog/search-documents', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['service'] });
    const entries = await changelog.publicEntries(undefined, SEARCH_LIMIT);
    res.json({
      items: entries.map(entry => ({
        title: entry.title,
        text: entry.body,
        location: `/platform-product/changelog/${entry.id}`,
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
    await authorize(permissions, changelogUpdatePermission, await user(req));
    res.json({ items: await changelog.revisions(id) });
  });

  router.post('/changelog', async (req, res) => {
    const input = parseInput(changelogEntryInputSchema, req.body, 'body');
    const credentials = await user(req);
    const create = idempotency.of(req, 'changelog', credentials, input);
    const entry = await audited(
      auditor,
      event(req, 'changelog-create'),
      async () => {
        await authorize(permissions, changelogCreatePermission, credentials);
        return create.run(
          once => changelog.create(input, credentials, once),
          id => changelog.get(id, { credentials, write: true }),
        );
      },
    );
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
