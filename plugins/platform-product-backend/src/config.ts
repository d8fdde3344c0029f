import type {
  LoggerService,
  RootConfigService as Config,
} from '@backstage/backend-plugin-api';
import { entityRefSchema } from 'backstage-plugin-platform-product-common';
import { z } from 'zod';
import { isTimeZone, weekdays } from './lib/digestSchedule';

/**
 * The plugin's configuration, specified once: this schema validates and types what the plugin
 * reads, and `config.schema.json` (the package's `configSchema`, which Backstage uses to check
 * app-config and to keep secrets out of the frontend) is generated from it by
 * `yarn build:config-schema`; a test fails when the two disagree.
 */

/**
 * An integer that may come from an environment variable: `${CACHE_SECONDS}` substitutes a
 * string, which Backstage's own schema check accepts for a number.
 */
const fromEnv = <T extends z.ZodNumber>(schema: T) =>
  z.preprocess(
    value =>
      typeof value === 'string' && value.trim() !== '' ? Number(value) : value,
    schema,
  );
const integer = (min: number, max: number) =>
  fromEnv(z.number().int().min(min).max(max));
/** A number between `min` and `max`, e.g. a share of teams 0–1; may come from the environment. */
const decimal = (min: number, max: number) =>
  fromEnv(z.number().min(min).max(max));

/** A boolean that may come from an environment variable ("true", "false", "1", "0"…). */
const boolean = () => z.union([z.boolean(), z.stringbool()]);

const filterValue = z.union([
  z.string().trim().min(1),
  z.array(z.string().trim().min(1)).min(1),
]);
const filterSchema = z.record(
  z.string().regex(/^[a-zA-Z][\w.\-/]*$/, 'must be an entity field path'),
  filterValue,
);

/** `[gG][rR]…`: JSON Schema patterns have no case-insensitive flag. */
const anyCase = (word: string) =>
  [...word].map(c => `[${c}${c.toUpperCase()}]`).join('');

/** A group or user, e.g. `group:default/platform` or `group:platform` (namespace default). */
const maintainerRef = z
  .string()
  .trim()
  .regex(
    new RegExp(
      `^(${anyCase('group')}|${anyCase('user')}):([^:/\\s]+\\/)?[^:/\\s]+$`,
    ),
    'must be a group or user reference such as group:default/platform',
  )
  .transform(ref => {
    const [kind, rest] = ref.toLowerCase().split(':');
    return `${kind}:${rest.includes('/') ? rest : `default/${rest}`}`;
  });

const laneTitle = (title: string) =>
  z.string().trim().min(1).max(40).default(title);

const configSchema = z
  .object({
    maintainers: z.array(maintainerRef).default([]).meta({
      description:
        'Groups or users whose members maintain the suite: they get the maintainer permissions from the Platform Product permission policy module (`backstage-plugin-platform-product-backend/permission-policy`), e.g. `[group:default/platform]`. Default: nobody. Your own policy may ignore this list.',
    }),
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
          })
          .meta({
            description:
              'Catalog filter selecting eligible teams, e.g. `{ kind: group, spec.type: team }` (the default). Must select Group entities. Values may be a string or a list of strings.',
          })
          .default({ kind: 'group', 'spec.type': 'team' }),
      })
      .prefault({})
      .meta({
        description:
          'Which catalog Groups are the company’s teams (the "customers" of the platform).',
      }),
    tools: z
      .object({
        filter: filterSchema
          .meta({
            description:
              'Catalog filter selecting the tools, e.g. the default `{ kind: [component, system, api], metadata.tags: platform-tool }`.',
          })
          .default({
            'metadata.tags': 'platform-tool',
            kind: ['component', 'system', 'api'],
          }),
        mandated: z.array(entityRefSchema).default([]).meta({
          description:
            'Tools people must use, e.g. `[component:default/ci-pipelines]`: Insights labels their adoption "mandated", so that it is not read as choice. Maintainers can also mark tools mandated in Insights. Default: none.',
        }),
      })
      .prefault({})
      .meta({
        description:
          'Which catalog entities are platform tools (the "products" of the platform).',
      }),
    mountPath: z
      .string()
      .trim()
      .regex(
        /^\/[\w\-.~/]*$/,
        'must be a path of the app such as /platform-product',
      )
      .transform(path => path.replace(/\/+$/, ''))
      .default('/platform-product')
      .meta({
        description:
          'Where the app mounts the Platform Product page, e.g. `/product` for `<Route path="/product" …>`. Links in notifications, the digest, the Atom feed, search results and actions point there (under `app.baseUrl`). Default `/platform-product`.',
      }),
    catalogCacheSeconds: integer(0, 3600).default(60).meta({
      description:
        'Catalog reads (teams, tools, adoption) are cached for this many seconds. Default 60.',
    }),
    roadmap: z
      .object({
        laneTitles: z
          .object({
            now: laneTitle('Now'),
            next: laneTitle('Next'),
            later: laneTitle('Later'),
            exploring: laneTitle('Exploring'),
          })
          .prefault({})
          .meta({
            description:
              'Titles of the roadmap’s lanes, e.g. `{ now: This quarter }`. The stored lanes stay now, next, later and exploring.',
          }),
      })
      .prefault({}),
    changelog: z
      .object({
        publicFeed: boolean().default(false).meta({
          description:
            'Serve the Atom feed (`/api/platform-product/changelog/feed.atom`) without sign-in, for feed readers. It only holds published entries that are not in early access. Default false.',
        }),
      })
      .prefault({}),
    champions: z
      .object({
        targetPerTeam: z
          .object({
            min: integer(1, 20).default(1),
            max: integer(1, 20).default(2),
          })
          .prefault({})
          .refine(t => t.max >= t.min, {
            path: ['max'],
            message: 'must be at least min',
          })
          .meta({
            description:
              'How many active champions each team should have: default at least 1, at most 2. Teams with fewer than min are listed as below target.',
          }),
      })
      .prefault({}),
    usage: z
      .object({
        retentionDays: integer(1, 3650).default(30).meta({
          description:
            'Days the raw usage events are kept, by the time they occurred; older events are refused when sent. The daily rollups are kept. Default 30.',
        }),
        activeDays: integer(1, 365).default(28).meta({
          description:
            'A person or team is an active user of a tool when the tool reported use by them in this many days. Default 28.',
        }),
        rollupSeconds: integer(1, 3600).default(10).meta({
          description:
            'How often (seconds) a scheduled job folds the recorded usage events into the rollups that every view of usage reads: the views are this much behind the events, plus up to 5 seconds of the scheduler. Default 10.',
        }),
      })
      .prefault({})
      .meta({
        description:
          'Usage events reported by the tools (`POST /api/platform-product/usage/events`).',
      }),
    scorecard: z
      .object({
        targets: z
          .object({
            declaredAdoption: decimal(0, 1).default(0.8),
            activeAdoption: decimal(0, 1).default(0.8),
            satisfaction: decimal(1, 5).default(4),
            nps: decimal(-100, 100).default(40),
            championCoverage: decimal(0, 1).default(0.8),
            firstResponseHours: decimal(0, 8760).default(24),
            timeToFirstDeployDays: decimal(0, 365).default(7),
          })
          .prefault({})
          .meta({
            description:
              'Targets of the platform KPIs: adoption and champion coverage as a share of eligible teams (at least 0.8 by default), satisfaction above 4 (of 5), NPS above 40, median first maintainer response in at most 24 hours, median time to first deploy of new teams in at most 7 days.',
          }),
        newTeamDays: integer(1, 730).default(90).meta({
          description:
            'A team is new on a tool when its first use of the tool is this recent; time to first deploy is measured over new teams. Default 90.',
        }),
        trendDays: integer(7, 730).default(90).meta({
          description:
            'Days of daily snapshots each KPI’s trend shows. Default 90.',
        }),
      })
      .prefault({})
      .meta({
        description:
          'The platform KPI scorecard on the Insights tab and the home page widget.',
      }),
    ratings: z
      .object({
        prompt: z
          .object({
            afterUses: integer(1, 10_000).default(3),
            afterDays: integer(0, 365).default(7),
            reaskAfterDays: integer(1, 3650).default(90),
            dismissBackoffDays: integer(0, 365).default(14),
          })
          .prefault({})
          .meta({
            description:
              'When people are invited to rate a tool they use: after `afterUses` uses or `afterDays` days since their first use (defaults 3 and 7), again `reaskAfterDays` after they rated or dismissed it (90), and not at all for `dismissBackoffDays` after any dismissal (14).',
          }),
      })
      .prefault({}),
    digest: z
      .object({
        enabled: boolean().default(true).meta({
          description:
            'Send the weekly digest (through the notifications service, topic `platform-product-digest`). Default true.',
        }),
        day: z.enum(weekdays).default('monday').meta({
          description:
            'Day of the week it goes out, e.g. `monday` (the default).',
        }),
        hour: integer(0, 23).default(9).meta({
          description: 'Hour of the day (0–23) it goes out. Default 9.',
        }),
        timezone: z
          .string()
          .trim()
          .refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin')
          .default('UTC')
          .meta({
            description:
              'Time zone of `day` and `hour`, e.g. `Europe/Berlin`. Default UTC.',
          }),
      })
      .prefault({})
      .meta({
        description:
          'The weekly digest per person: changes to the tools their teams use, roadmap items they voted for that moved, open surveys, new champions of their teams.',
      }),
    feedback: z
      .object({
        anonymitySecret: z
          .string()
          .min(16, 'must be at least 16 characters')
          .optional()
          .meta({
            visibility: 'secret',
            description:
              'Key of the hash that stands for a person in anonymous answers (so "one per person" holds without storing who). When unset, a random key is generated once and kept in the plugin’s database.',
          }),
        minGroupSize: integer(1, 1000).default(5).meta({
          description:
            'Figures about fewer people than this are never shown (in the UI, the API and exports). Default 5.',
        }),
      })
      .prefault({}),
  })
  .meta({ description: 'Configuration of the Platform Product plugins.' });

export type CatalogFilter = Record<string, string | string[]>;

/** Settings read once at start-up. */
export type PlatformProductConfig = z.infer<typeof configSchema>;

/**
 * Reads and validates `platformProduct.*`. An invalid value fails start-up with an error naming
 * the key, e.g. `platformProduct.teams.filter.kind: kind must be group`.
 */
export function readPlatformProductConfig(
  config: Config,
  /** Warned of keys the plugin does not know, e.g. misspelt ones. */
  logger?: LoggerService,
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
  const unknown = droppedKeys(raw, result.data, 'platformProduct');
  if (unknown.length) {
    logger?.warn(
      `Platform Product ignores configuration keys it does not know: ${unknown.join(
        ', ',
      )}`,
    );
  }
  return result.data;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The keys of `raw` that parsing dropped: the schema strips keys it does not know. */
function droppedKeys(raw: unknown, parsed: unknown, path: string): string[] {
  if (!isObject(raw) || !isObject(parsed)) return [];
  return Object.entries(raw).flatMap(([key, value]) =>
    key in parsed
      ? droppedKeys(value, parsed[key], `${path}.${key}`)
      : [`${path}.${key}`],
  );
}

/** The package's config schema for Backstage (JSON Schema draft 7), from `configSchema`. */
export function configJsonSchema(): object {
  const { $schema, ...platformProduct } = z.toJSONSchema(configSchema, {
    io: 'input',
    target: 'draft-7',
    unrepresentable: 'any',
  });
  return {
    $schema,
    type: 'object',
    properties: { platformProduct },
  };
}
