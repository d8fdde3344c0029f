import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  changelogCategories,
  changelogCreatePermission,
  changelogEntryInputSchema,
  feedbackCreatePermission,
  feedbackInputSchema,
  feedbackKinds,
  insightsReadPermission,
  RoadmapItem,
  roadmapLanes,
  roadmapQuerySchema,
  ratingInputSchema,
} from 'backstage-plugin-platform-product-common';
import { ChangelogService } from '../services/ChangelogService';
import { FeedbackService } from '../services/FeedbackService';
import { InsightsService } from '../services/InsightsService';
import { RatingsService } from '../services/RatingsService';
import { RoadmapService } from '../services/RoadmapService';
import { UserCredentials } from '../services/credentials';
import { authorize } from '../router/authorize';
import { withoutKey } from '../router/idempotency';
import { parseInput } from '../router/validation';
import {
  createChangelogEntry,
  feedbackAccessOf,
  requirePerson,
  sendFeedback,
  setRating,
  WriteDeps,
} from '../router/writes';

/** What the actions call: the same services, checks and audit events as the HTTP routes. */
export interface ActionDeps extends WriteDeps {
  actionsRegistry: ActionsRegistryService;
  auth: AuthService;
  roadmap: RoadmapService;
  insights: InsightsService;
  changelog: ChangelogService;
  feedback: FeedbackService;
  ratings: RatingsService;
}

const EXAMPLE_TOOL = 'api:default/secrets-api';
const RECENT_CHANGES_MAX = 50;

/**
 * Registers Platform Product's actions for AI assistants (exposed over MCP by
 * `@backstage/plugin-mcp-actions-backend`). Each acts as the calling person; the reads and
 * writes go through the services the HTTP routes call, with the same permissions and audit
 * events. See docs/actions.md.
 */
export function registerActions(deps: ActionDeps): void {
  registerRoadmapActions(deps);
  registerToolActions(deps);
  registerWriteActions(deps);
}

/** The caller as a person: actions act for someone, like the routes (`allow: ['user']`). */
function personOf(
  auth: AuthService,
  credentials: BackstageCredentials,
): UserCredentials {
  if (!auth.isPrincipal(credentials, 'user')) {
    throw new NotAllowedError(
      'Platform Product actions act for a signed-in person; call them with a user token',
    );
  }
  return credentials;
}

/** The RICE fields and links an assistant needs to discuss an item. */
function summarise(item: RoadmapItem) {
  return {
    id: item.id,
    title: item.title,
    lane: item.lane,
    status: item.status,
    toolRefs: item.toolRefs,
    requestingTeamRefs: item.requestingTeamRefs,
    rice: {
      reach: item.reach,
      impact: item.impact,
      confidence: item.confidence,
      effort: item.effort,
      score: item.riceScore,
    },
    voteCount: item.voteCount,
    voterTeamCount: item.voterTeamCount,
    changelogEntryIds: item.changelogEntryIds,
  };
}

function registerRoadmapActions({
  actionsRegistry,
  auth,
  roadmap,
}: ActionDeps) {
  const itemSchema = (z: any) =>
    z.object({
      id: z.number(),
      title: z.string(),
      lane: z.string(),
      status: z.string(),
      toolRefs: z.array(z.string()),
      requestingTeamRefs: z.array(z.string()),
      rice: z
        .object({
          reach: z.number(),
          impact: z.number(),
          confidence: z.number(),
          effort: z.number(),
          score: z.number(),
        })
        .describe('Reach × Impact × Confidence ÷ Effort, scored by the server'),
      voteCount: z.number(),
      voterTeamCount: z.number(),
      changelogEntryIds: z.array(z.number()),
    });

  actionsRegistry.register({
    name: 'get-roadmap',
    title: 'Read the platform roadmap',
    description:
      'Lists the platform roadmap items, highest RICE score first: their lane (now, next, later, exploring), RICE inputs and score, votes and linked tools. Filter by lane or tool. Early-access items appear only for people who may see them.',
    examples: [
      {
        title: 'What is the platform team working on now?',
        input: { lane: 'now' },
      },
      {
        title: 'Planned work on Secrets Manager',
        input: { toolRef: EXAMPLE_TOOL, limit: 10 },
      },
    ],
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          lane: z.enum(roadmapLanes).optional(),
          toolRef: z
            .string()
            .optional()
            .describe('A tool entity ref, e.g. api:default/secrets-api'),
          limit: z.number().int().min(1).max(100).optional(),
        }),
      output: z =>
        z.object({ items: z.array(itemSchema(z)), totalCount: z.number() }),
    },
    action: async ({ input, credentials }) => {
      const query = parseInput(roadmapQuerySchema, input, 'query');
      const page = await roadmap.list(query, personOf(auth, credentials));
      return {
        output: {
          items: page.items.map(summarise),
          totalCount: page.totalCount,
        },
      };
    },
  });

  actionsRegistry.register({
    name: 'get-roadmap-item',
    title: 'Read a roadmap item',
    description:
      'One roadmap item with its description, RICE inputs and score, success criteria and history (created, moved, shipped, killed, with reasons).',
    examples: [{ title: 'Roadmap item 12', input: { id: 12 } }],
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z => z.object({ id: z.number().int().min(1) }),
      output: z =>
        itemSchema(z).extend({
          description: z.string(),
          killReason: z.string().optional(),
          criteria: z.array(
            z.object({
              metric: z.string(),
              target: z.string(),
              reviewDate: z.string(),
              outcome: z.string(),
            }),
          ),
          history: z.array(
            z.object({
              kind: z.string(),
              fromLane: z.string().optional(),
              toLane: z.string().optional(),
              note: z.string().optional(),
              createdAt: z.string(),
            }),
          ),
        }),
    },
    action: async ({ input, credentials }) => {
      const item = await roadmap.get(input.id, personOf(auth, credentials));
      return {
        output: {
          ...summarise(item),
          description: item.description,
          killReason: item.killReason,
          criteria: item.criteria.map(c => ({
            metric: c.metric,
            target: c.target,
            reviewDate: c.reviewDate,
            outcome: c.outcome,
          })),
          history: item.history.map(h => ({
            kind: h.kind,
            fromLane: h.fromLane,
            toLane: h.toLane,
            note: h.note,
            createdAt: h.createdAt,
          })),
        },
      };
    },
  });
}

function registerToolActions(deps: ActionDeps) {
  const { actionsRegistry, auth, insights, changelog, permissions } = deps;

  actionsRegistry.register({
    name: 'get-tool-health',
    title: "Get a platform tool's health",
    description:
      "A platform tool's health: adoption (adopting and eligible teams), satisfaction (average rating, hidden below the minimum group size), the latest NPS, open feedback, items in the Now lane, and the captive flag (high adoption with low satisfaction: people may use it because they must).",
    examples: [
      {
        title: 'How is Secrets Manager doing?',
        input: { toolRef: EXAMPLE_TOOL },
      },
    ],
    visibilityPermission: insightsReadPermission,
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z => z.object({ toolRef: z.string() }),
      output: z =>
        z.object({
          toolRef: z.string(),
          title: z.string(),
          adoption: z.object({
            adoptingTeams: z.number(),
            eligibleTeams: z.number(),
            rate: z.number(),
          }),
          satisfaction: z.object({
            ratings: z.number().nullable(),
            average: z.number().nullable(),
          }),
          nps: z
            .object({ title: z.string(), nps: z.number().nullable() })
            .optional(),
          openFeedback: z.number(),
          roadmapNow: z.number(),
          lastChangelogAt: z.string().optional(),
          captive: z.boolean(),
          minGroupSize: z.number(),
        }),
    },
    action: async ({ input, credentials }) => {
      const person = personOf(auth, credentials);
      await authorize(permissions, insightsReadPermission, person);
      const all = await insights.tools(person);
      const tool = all.tools.find(t => t.toolRef === input.toolRef);
      if (!tool) {
        throw new NotFoundError(`${input.toolRef} is not a platform tool`);
      }
      return {
        output: {
          toolRef: tool.toolRef,
          title: tool.title,
          adoption: tool.adoption,
          satisfaction: {
            ratings: tool.rating.count,
            average: tool.rating.average,
          },
          nps: tool.nps && { title: tool.nps.title, nps: tool.nps.nps },
          openFeedback: tool.openFeedback,
          roadmapNow: tool.roadmapNow,
          lastChangelogAt: tool.lastChangelogAt,
          captive: tool.captive,
          minGroupSize: all.minGroupSize,
        },
      };
    },
  });

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
            link: `/platform-product/changelog/${e.id}`,
          })),
        },
      };
    },
  });
}

function registerWriteActions(deps: ActionDeps) {
  const { actionsRegistry, auth, directory, permissions } = deps;
  /** Writes stand for one person of the catalog, as over HTTP. */
  const writer = async (credentials: BackstageCredentials) => {
    const person = personOf(auth, credentials);
    await requirePerson(directory, person.principal.userEntityRef);
    return person;
  };

  actionsRegistry.register({
    name: 'submit-tool-feedback',
    title: 'Send feedback or an idea about a platform tool',
    description:
      'Sends feedback or an idea about a tool to its maintainers, as the calling person. With anonymous: true nobody, maintainers included, can see who sent it. Returns the new item.',
    examples: [
      {
        title: 'Report a pain point',
        input: {
          toolRef: EXAMPLE_TOOL,
          kind: 'feedback',
          title: 'Rotation needs a restart',
          body: 'Rotating a secret restarts every pod at once.',
          anonymous: false,
        },
      },
    ],
    visibilityPermission: feedbackCreatePermission,
    attributes: { readOnly: false, destructive: false, idempotent: false },
    schema: {
      input: z =>
        z.object({
          toolRef: z.string(),
          kind: z.enum(feedbackKinds).optional(),
          title: z.string().describe('One line, at most 200 characters'),
          body: z.string().optional().describe('Markdown'),
          anonymous: z.boolean().optional(),
        }),
      output: z =>
        z.object({ id: z.number(), status: z.string(), link: z.string() }),
    },
    action: async ({ input, credentials }) => {
      const parsed = parseInput(feedbackInputSchema, input, 'body');
      const person = await writer(credentials);
      const item = await sendFeedback(deps, parsed, {
        credentials: person,
        access: await feedbackAccessOf(permissions, person),
        create: withoutKey,
      });
      return {
        output: {
          id: item.id,
          status: item.status,
          link: `/platform-product/feedback/${item.id}`,
        },
      };
    },
  });

  actionsRegistry.register({
    name: 'rate-tool',
    title: 'Rate a platform tool',
    description:
      "Sets the calling person's rating of a tool, 1 to 5 stars, with an optional comment; a second call replaces it. With anonymous: true the rating is not linked to the person.",
    examples: [
      {
        title: 'Four stars for Secrets Manager',
        input: { toolRef: EXAMPLE_TOOL, stars: 4, anonymous: true },
      },
    ],
    visibilityPermission: feedbackCreatePermission,
    attributes: { readOnly: false, destructive: false, idempotent: true },
    schema: {
      input: z =>
        z.object({
          toolRef: z.string(),
          stars: z.number().int().min(1).max(5),
          comment: z.string().optional(),
          anonymous: z.boolean().optional(),
        }),
      output: z => z.object({ toolRef: z.string(), stars: z.number() }),
    },
    action: async ({ input, credentials }) => {
      const parsed = parseInput(ratingInputSchema, input, 'body');
      await setRating(deps, parsed, { credentials: await writer(credentials) });
      return { output: { toolRef: parsed.toolRef, stars: parsed.stars } };
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
        credentials: await writer(credentials),
        create: withoutKey,
      });
      return {
        output: {
          id: entry.id,
          status: 'draft' as const,
          link: `/platform-product/changelog/${entry.id}`,
        },
      };
    },
  });
}
