import {
  changelogCategories,
  changelogCreatePermission,
  changelogEntryInputSchema,
} from 'backstage-plugin-platform-product-common';
import { ChangelogService } from '../services/ChangelogService';
import { withoutKey } from '../router/idempotency';
import { parseInput } from '../router/validation';
import { createChangelogEntry, WriteDeps } from '../router/writes';
import { ActionsBase, EXAMPLE_TOOL, personOf, writerOf } from './caller';

const RECENT_CHANGES_MAX = 50;

/**
 * `list-tool-changes` (published entries, as `GET /changelog`) and `draft-changelog-entry`
 * (the route's create, always as a draft).
 */
export function registerChangelogActions(
  deps: ActionsBase & WriteDeps & { changelog: ChangelogService },
) {
  const { actionsRegistry, auth, changelog } = deps;

  actionsRegistry.register({
    name: 'list-tool-changes',
    title: 'List recent changes to a platform tool',
    description:
      'The latest published changelog entries about a tool, newest first: title, category (new, improved, fixed, deprecated, breaking), date, body (Markdown) and link.',
    examples: [
      {
        title: 'What changed in Secrets Manager lately?',
        input: { toolRef: EXAMPLE_TOOL, limit: 5 },
      },
    ],
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          toolRef: z.string(),
          limit: z.number().int().min(1).max(RECENT_CHANGES_MAX).optional(),
        }),
      output: z =>
        z.object({
          items: z.array(
            z.object({
              id: z.number(),
              title: z.string(),
              category: z.string(),
              publishedAt: z.string().optional(),
              body: z.string(),
              link: z.string(),
            }),
          ),
        }),
    },
    action: async ({ input, credentials }) => {
      const page = await changelog.list(
        { toolRef: input.toolRef, limit: input.limit ?? 10, offset: 0 },
        personOf(auth, credentials),
      );
      return {
        output: {
          items: page.items.map(e => ({
            id: e.id,
            title: e.title,
            category: e.category,
            publishedAt: e.publishedAt,
            body: e.body,
            link: deps.appLinks.page('changelog', e.id),
          })),
        },
      };
    },
  });

  actionsRegistry.register({
    name: 'draft-changelog-entry',
    title: 'Draft a changelog entry',
    description:
      'Creates a changelog entry as a draft, never published: a maintainer reviews and publishes it in the portal. Category is one of new, improved, fixed, deprecated, breaking; the body is Markdown; before/after are optional examples shown side by side.',
    examples: [
      {
        title: 'Draft an improvement note',
        input: {
          title: 'Secrets rotate without restarts',
          body: 'Rotation now rolls pods one at a time.',
          category: 'improved',
          toolRefs: [EXAMPLE_TOOL],
        },
      },
    ],
    visibilityPermission: changelogCreatePermission,
    attributes: { readOnly: false, destructive: false, idempotent: false },
    schema: {
      input: z =>
        z.object({
          title: z.string(),
          body: z.string().optional(),
          category: z.enum(changelogCategories),
          before: z.string().optional(),
          after: z.string().optional(),
          toolRefs: z.array(z.string()).optional(),
          roadmapItemIds: z.array(z.number()).optional(),
        }),
      output: z =>
        z.object({
          id: z.number(),
          status: z.literal('draft'),
          link: z.string(),
        }),
    },
    action: async ({ input, credentials }) => {
      const parsed = parseInput(
        changelogEntryInputSchema,
        { ...input, status: 'draft' },
        'body',
      );
      const entry = await createChangelogEntry(deps, parsed, {
        credentials: await writerOf(deps, credentials),
        create: withoutKey,
      });
      return {
        output: {
          id: entry.id,
          status: 'draft' as const,
          link: deps.appLinks.page('changelog', entry.id),
        },
      };
    },
  });
}
