import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { loadExampleCatalog } from '../__testUtils__/exampleCatalog';
import { CatalogDirectory } from './CatalogDirectory';

const HIDDEN_TEAM = 'group:default/checkout';
const HIDDEN_TOOL = 'api:default/secrets-api';
const SECRETS = 'api:default/secrets-api';

/**
 * The example catalog, where users may not see Checkout nor the Secrets API (the plugin and
 * services see everything), counting the reads that carry relations (the expensive ones).
 */
async function restrictedCatalog() {
  const catalog = catalogServiceMock({ entities: await loadExampleCatalog() });
  const heavyReads: string[] = [];
  /** Reads of groups by ref (department titles), by principal type. */
  const byRefReads: string[] = [];
  const restricted = new Proxy(catalog, {
    get(target, method: string) {
      if (method === 'getEntitiesByRefs') {
        return (request: any, options: any) => {
          byRefReads.push(options.credentials.principal.type);
          return target.getEntitiesByRefs(request, options);
        };
      }
      if (method !== 'getEntities') return (target as any)[method];
      return async (request: any, options: any) => {
        const principal = options.credentials.principal;
        if (request.fields?.includes('relations')) {
          heavyReads.push(principal.type);
        }
        const result = await target.getEntities(request, options);
        if (principal.type !== 'user') return result;
        return {
          items: result.items.filter(
            e => ![HIDDEN_TEAM, HIDDEN_TOOL].includes(stringifyEntityRef(e)),
          ),
        };
      };
    },
  });
  return { catalog: restricted as CatalogService, heavyReads, byRefReads };
}

describe('CatalogDirectory', () => {
  it('reads the company once for everyone, and shows each caller only what they may see', async () => {
    const { catalog, heavyReads, byRefReads } = await restrictedCatalog();
    const directory = new CatalogDirectory({
      catalog,
      auth: mockServices.auth(),
      teamFilter: { kind: 'group', 'spec.type': 'team' },
      toolFilter: { 'metadata.tags': 'platform-tool' },
      cacheSeconds: 60,
    });
    const people = Array.from({ length: 50 }, (_, i) =>
      mockCredentials.user(`user:default/person-${i}`),
    );
    const views = await Promise.all(
      people.map(async credentials => ({
        teams: await directory.listTeams(credentials),
        tools: await directory.listTools(credentials),
        adoption: await directory.getAdoption(credentials),
        departments: await directory.getDepartmentTitles(credentials),
      })),
    );
    // Department titles: one read as the plugin, then one light read per caller (cached).
    expect(byRefReads.filter(type => type === 'service')).toHaveLength(1);
    expect(byRefReads.filter(type => type === 'user')).toHaveLength(50);
    await directory.getDepartmentTitles(people[0]);
    expect(byRefReads).toHaveLength(51);
    expect(views[0].departments.get('group:default/commerce')).toBe('Commerce');
    // One company-wide read of teams, tools and dependents, as the plugin, for 50 callers.
    expect(new Set(heavyReads)).toEqual(new Set(['service']));
    const perCaller = heavyReads.length;
    await directory.listTeams(mockCredentials.user('user:default/one-more'));
    expect(heavyReads).toHaveLength(perCaller);

    const [view] = views;
    expect(view.teams.map(t => t.ref)).not.toContain(HIDDEN_TEAM);
    expect(view.teams).toHaveLength(12);
    expect(view.tools.map(t => t.ref)).not.toContain(HIDDEN_TOOL);
    expect(JSON.stringify(view.adoption)).not.toContain(HIDDEN_TEAM);
    // Counts are company-wide: CI is adopted by 12 of the 13 teams, Checkout included.
    const ci = view.adoption.find(
      a => a.toolRef === 'component:default/ci-pipelines',
    );
    expect(ci).toMatchObject({ adoptingTeams: 12, eligibleTeams: 13 });

    const asPlugin = await directory.pluginCredentials();
    expect((await directory.listTeams(asPlugin)).map(t => t.ref)).toContain(
      HIDDEN_TEAM,
    );
    expect(await directory.getTool(SECRETS, asPlugin)).toBeDefined();
  });
});
