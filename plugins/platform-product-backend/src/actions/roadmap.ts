import {
  RoadmapItem,
  roadmapLanes,
  roadmapQuerySchema,
} from 'backstage-plugin-platform-product-common';
import { RoadmapService } from '../services/RoadmapService';
import { parseInput } from '../router/validation';
import { ActionsBase, EXAMPLE_TOOL, personOf } from './caller';

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

/** `get-roadmap` and `get-roadmap-item`: the roadmap as `GET /roadmap/items` shows it. */
export function registerRoadmapActions({
  actionsRegistry,
  auth,
  roadmap,
}: ActionsBase & { roadmap: RoadmapService }) {
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
