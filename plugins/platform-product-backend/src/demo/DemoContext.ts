import { Tool, ToolAdoption } from 'backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import { TeamRecord } from '../catalog/CatalogDirectory';

export const DAY = 24 * 60 * 60 * 1000;

/** What every demo seeder gets: the database, the catalog's company, and the anonymity key. */
export interface DemoContext {
  db: Knex;
  secret: string;
  teams: TeamRecord[];
  tools: Tool[];
  adoption: ToolAdoption[];
  now: Date;
}

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
