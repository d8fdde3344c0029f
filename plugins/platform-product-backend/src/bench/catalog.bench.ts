/*
 * What the catalog costs when many people open Insights. Not part of the test suite:
 * `scripts/bench` runs it (see docs/development.md).
 *
 * Against a generated company (500 teams in 25 departments, 10,000 users, 200 tools, 20,000
 * components that depend on them), 1,000 different people open the Insights tab within one
 * cache period, 50 at a time. It prints the catalog reads made — as whom, how many, how many
 * entities they returned — and the time per person. The catalog is the in-memory mock, whose
 * answers to a repeated request are reused (it scans every entity per read, which no real
 * catalog does), so the times are the plugin's own work; what the real catalog adds is one
 * indexed query per read counted. Budgets: the company is read once (as the plugin), and each
 * person costs three light reads.
 */
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { CatalogDirectory } from '../catalog/CatalogDirectory';
import { markdownTable, percentile } from './stats';

jest.setTimeout(30 * 60_000);

const COMPANY = {
  departments: 25,
  teams: 500,
  users: 10_000,
  tools: 200,
  components: 20_000,
};
/** How the example company's config finds teams and tools. */
const FILTERS = {
  teamFilter: { kind: 'group', 'spec.type': 'team' },
  toolFilter: { 'metadata.tags': 'platform-tool' },
};
const PEOPLE = 1_000;
const AT_ONCE = 50;

const entity = (
  kind: string,
  name: string,
  spec: object,
  relations: [string, string][],
  tags: string[] = [],
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { namespace: 'default', name, tags },
  spec,
  relations: relations.map(([type, targetRef]) => ({ type, targetRef })),
});

/** The generated company, with the relations the catalog would derive. */
function company(): Entity[] {
  const { departments, teams, users, tools, components } = COMPANY;
  const teamOf = (i: number) => `group:default/team-${i % teams}`;
  const toolOf = (i: number) => `component:default/tool-${i % tools}`;
  return [
    ...Array.from({ length: departments }, (_, d) =>
      entity('Group', `department-${d}`, { type: 'department' }, []),
    ),
    ...Array.from({ length: teams }, (_, t) =>
      entity(
        'Group',
        `team-${t}`,
        { type: 'team', parent: `department-${t % departments}` },
        [
          ['childOf', `group:default/department-${t % departments}`],
          ...Array.from(
            { length: users / teams },
            (__, m): [string, string] => [
              'hasMember',
              `user:default/user-${t + m * teams}`,
            ],
          ),
        ],
      ),
    ),
    ...Array.from({ length: users }, (_, u) =>
      entity('User', `user-${u}`, { profile: {} }, [['memberOf', teamOf(u)]]),
    ),
    ...Array.from({ length: tools }, (_, t) =>
      entity(
        'Component',
        `tool-${t}`,
        { type: 'service', owner: teamOf(t) },
        [['ownedBy', teamOf(t)]],
        ['platform-tool'],
      ),
    ),
    ...Array.from({ length: components }, (_, c) =>
      entity('Component', `service-${c}`, { type: 'service' }, [
        ['ownedBy', teamOf(c)],
        ['dependsOn', toolOf(c)],
        ['dependsOn', toolOf(c * 7 + 3)],
      ]),
    ),
  ];
}

interface Read {
  method: string;
  as: string;
  entities: number;
}

/**
 * The mock catalog, recording every read (its method, its principal and its size) and the time
 * spent in it; a request made before is answered from memory, as the mock scans everything.
 */
function countingCatalog(entities: Entity[]) {
  const catalog = catalogServiceMock({ entities });
  const reads: Read[] = [];
  const answers = new Map<string, Promise<{ items: unknown[] }>>();
  const time = { inCatalog: 0 };
  const counting = new Proxy(catalog, {
    get(target, method: string) {
      const original = (target as any)[method];
      if (typeof original !== 'function') return original;
      return async (request: any, options: any) => {
        const key = `${method} ${JSON.stringify(request)}`;
        const started = performance.now();
        if (!answers.has(key)) {
          answers.set(key, original.call(target, request, options));
        }
        const result = await answers.get(key)!;
        time.inCatalog += performance.now() - started;
        reads.push({
          method,
          as: options.credentials.principal.type,
          entities: result.items.length,
        });
        return result;
      };
    },
  });
  return { catalog: counting as CatalogService, reads, time };
}

/** The catalog views the Insights tab asks for, as one person. */
async function openInsights(directory: CatalogDirectory, person: string) {
  const credentials = mockCredentials.user(`user:default/${person}`);
  await Promise.all([
    directory.listTeams(credentials),
    directory.listTools(credentials),
    directory.getAdoption(credentials),
    directory.getDepartmentTitles(credentials),
  ]);
}

function summary(reads: Read[]) {
  const groups = new Map<string, Read[]>();
  for (const read of reads) {
    const key = `${read.as} ${read.method}`;
    groups.set(key, [...(groups.get(key) ?? []), read]);
  }
  return [...groups].map(([key, list]) => [
    key,
    String(list.length),
    String(list.reduce((sum, r) => sum + r.entities, 0)),
  ]);
}

describe('the catalog when 1,000 people open Insights', () => {
  it('reads the company once and costs each person three light reads', async () => {
    const { catalog, reads, time } = countingCatalog(company());
    const directory = new CatalogDirectory({
      catalog,
      auth: mockServices.auth(),
      ...FILTERS,
      cacheSeconds: 60,
    });
    const started = performance.now();
    await openInsights(directory, 'first');
    const first = performance.now() - started;
    const firstInCatalog = time.inCatalog;

    const times: number[] = [];
    const allStarted = performance.now();
    for (let batch = 0; batch < PEOPLE / AT_ONCE; batch++) {
      await Promise.all(
        Array.from({ length: AT_ONCE }, async (_, i) => {
          const opened = performance.now();
          await openInsights(directory, `user-${batch * AT_ONCE + i}`);
          times.push(performance.now() - opened);
        }),
      );
    }
    const all = performance.now() - allStarted;

    const ms = (value: number) => `${value.toFixed(1)} ms`;
    const report = [
      `Company: ${Object.entries(COMPANY)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')}.`,
      `First person (reads the company): ${ms(first)}, of which ${ms(
        firstInCatalog,
      )} in the catalog mock.`,
      `${PEOPLE} more people, ${AT_ONCE} at a time: ${ms(all)} in all; ` +
        `per person p50 ${ms(percentile(times, 50))}, p95 ${ms(
          percentile(times, 95),
        )}, p99 ${ms(percentile(times, 99))}.`,
      markdownTable(
        ['reads (as, method)', 'count', 'entities'],
        summary(reads),
      ),
    ].join('\n\n');
    process.stdout.write(`${report}\n`);
    const asPlugin = reads.filter(r => r.as === 'service');
    const asPeople = reads.filter(r => r.as === 'user');
    expect(asPeople).toHaveLength(3 * (PEOPLE + 1));
    // Teams, tools, the dependents in batches of footprint refs, the departments' titles.
    expect(asPlugin.length).toBeLessThanOrEqual(3 + COMPANY.tools / 50 + 1);
  });
});
