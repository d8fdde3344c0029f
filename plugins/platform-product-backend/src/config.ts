import type { RootConfigService as Config } from '@backstage/backend-plugin-api';
import { z } from 'zod';

const filterValue = z.union([
  z.string().trim().min(1),
  z.array(z.string().trim().min(1)).min(1),
]);
const filterSchema = z.record(
  z.string().regex(/^[a-zA-Z][\w.\-/]*$/, 'must be an entity field path'),
  filterValue,
);

/** A group or user, e.g. `group:default/platform` or `group:platform` (namespace default). */
const maintainerRef = z
  .string()
  .trim()
  .regex(
    /^(group|user):([^:/\s]+\/)?[^:/\s]+$/i,
    'must be a group or user reference such as group:default/platform',
  )
  .transform(ref => {
    const [kind, rest] = ref.toLowerCase().split(':');
    return `${kind}:${rest.includes('/') ? rest : `default/${rest}`}`;
  });

const configSchema = z.object({
  maintainers: z.array(maintainerRef).default([]),
  teams: z
    .object({
      filter: filterSchema
        .refine(
          f => [f.kind ?? []].flat().every(k => k.toLowerCase() === 'group'),
          { message: 'kind must be group', path: ['kind'] },
        )
        .refine(f => f.kind !== undefined, {
          message: 'must include kind: group',
          path: ['kind'],
        }),
    })
    .default({ filter: { kind: 'group', 'spec.type': 'team' } }),
  tools: z.object({ filter: filterSchema }).default({
    filter: {
      'metadata.tags': 'platform-tool',
      kind: ['component', 'system', 'api'],
    },
  }),
  catalogCacheSeconds: z.number().int().min(0).max(3600).default(60),
  roadmap: z
    .object({
      laneTitles: z
        .object({
          now: z.string().trim().min(1).max(40).default('Now'),
          next: z.string().trim().min(1).max(40).default('Next'),
          later: z.string().trim().min(1).max(40).default('Later'),
          exploring: z.string().trim().min(1).max(40).default('Exploring'),
        })
        .prefault({}),
    })
    .prefault({}),
  changelog: z
    .object({
      /** Serve the Atom feed without sign-in (it only holds public, published entries). */
      publicFeed: z.boolean().default(false),
    })
    .prefault({}),
  champions: z
    .object({
      /** How many active champions a team should have. */
      targetPerTeam: z
        .object({
          min: z.number().int().min(1).max(20).default(1),
          max: z.number().int().min(1).max(20).default(2),
        })
        .prefault({})
        .refine(t => t.max >= t.min, {
          path: ['max'],
          message: 'must be at least min',
        }),
    })
    .prefault({}),
  usage: z
    .object({
      /** Days raw usage events are kept (and how old an event may be when sent). */
      retentionDays: z.number().int().min(1).max(3650).default(30),
    })
    .prefault({}),
  feedback: z
    .object({
      anonymitySecret: z
        .string()
        .min(16, 'must be at least 16 characters')
        .optional(),
      minGroupSize: z.number().int().min(1).max(1000).default(5),
    })
    .prefault({}),
});

export type CatalogFilter = Record<string, string | string[]>;

/** Settings read once at start-up. */
export type PlatformProductConfig = z.infer<typeof configSchema>;

/**
 * Reads and validates `platformProduct.*`. An invalid value fails start-up with an error naming
 * the key, e.g. `platformProduct.teams.filter.kind: kind must be group`.
 */
export function readPlatformProductConfig(
  config: Config,
): PlatformProductConfig {
  const raw = config.getOptional('platformProduct') ?? {};
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map(
      issue =>
        `platformProduct.${issue.path.map(String).join('.')}: ${issue.message}`,
    );
    throw new Error(
      `Invalid Platform Product configuration: ${problems.join('; ')}`,
    );
  }
  return result.data;
}
