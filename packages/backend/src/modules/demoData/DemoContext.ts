import { PlatformProductSeedContext } from 'backstage-plugin-platform-product-backend/alpha';

export const DAY = 24 * 60 * 60 * 1000;

/** What every demo seeder gets: the plugin's stores, the catalog's company and the anonymity keys. */
export type DemoContext = PlatformProductSeedContext;

export type DemoStores = DemoContext['stores'];

/** People of the teams adopting a tool, each once. */
export function adoptersOf(context: DemoContext, toolRef: string): string[] {
  const adopting = new Set(
    context.adoption.find(a => a.toolRef === toolRef)?.teamRefs,
  );
  return [
    ...new Set(
      context.teams
        .filter(team => adopting.has(team.ref))
        .flatMap(team => team.memberRefs),
    ),
  ];
}

/** The id of the roadmap item titled `title` (seeded earlier), in any status. */
export async function roadmapItemId(
  context: DemoContext,
  title: string,
): Promise<number | undefined> {
  for (const status of ['active', 'shipped', 'killed'] as const) {
    const { items } = await context.stores.roadmap.list({
      status,
      sort: 'newest',
      limit: 500,
      offset: 0,
      includeEarlyAccess: true,
    });
    const item = items.find(i => i.title === title);
    if (item) return item.id;
  }
  return undefined;
}
