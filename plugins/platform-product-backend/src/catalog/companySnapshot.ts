import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  RELATION_CONSUMES_API,
  RELATION_DEPENDS_ON,
  RELATION_HAS_MEMBER,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { Tool, ToolAdoption } from 'backstage-plugin-platform-product-common';
import { CatalogFilter } from '../config';
import { adoptionOf, footprintOf, targetsOf } from './adoption';
import type { TeamRecord } from './CatalogDirectory';

/*
 * The company as CatalogDirectory caches it for everyone: the batched catalog reads behind the
 * company snapshot (teams with their members, tools, adoption, department titles) and the list
 * of every User. CatalogDirectory reads them as the plugin and narrows them per caller.
 */

/** Everything the suite derives from the catalog, read in a few batched calls. */
export interface CatalogSnapshot {
  teams: TeamRecord[];
  tools: Tool[];
  adoption: ToolAdoption[];
  /** Titles of the groups the teams belong to (`childOf`): the departments. */
  departments: Map<string, string>;
}

/** Every User of the catalog: by lower-case ref, and by lower-case `spec.profile.email`. */
export interface People {
  refs: Map<string, string>;
  byEmail: Map<string, string>;
}

const FOOTPRINT_BATCH = 50;

/**
 * The teams and tools the filters select, which teams adopt which tool and the titles of the
 * teams' departments: a read each for teams and tools, one per FOOTPRINT_BATCH refs of the
 * tools' footprints for their dependents, and one of the departments' titles.
 */
export async function readCompany(
  options: {
    catalog: CatalogService;
    teamFilter: CatalogFilter;
    toolFilter: CatalogFilter;
  },
  credentials: BackstageCredentials,
): Promise<CatalogSnapshot> {
  const { catalog, teamFilter, toolFilter } = options;
  const [teamEntities, toolEntities] = await Promise.all([
    catalog.getEntities(
      {
        filter: teamFilter,
        fields: ['kind', 'metadata', 'spec.profile', 'relations'],
      },
      { credentials },
    ),
    catalog.getEntities(
      {
        filter: toolFilter,
        fields: ['kind', 'metadata', 'spec.owner', 'relations'],
      },
      { credentials },
    ),
  ]);
  const teams = teamEntities.items.map(toTeam).sort(byTitle);
  const toolItems = toolEntities.items.sort((a, b) =>
    titleOf(a).localeCompare(titleOf(b)),
  );
  const footprints = new Map(
    toolItems.map(entity => [stringifyEntityRef(entity), footprintOf(entity)]),
  );
  const dependents = await readDependents(
    catalog,
    [...new Set([...footprints.values()].flatMap(f => [...f]))],
    credentials,
  );
  const departmentRefs = teams.flatMap(t => (t.parentRef ? [t.parentRef] : []));
  return {
    teams,
    tools: toolItems.map(toTool),
    adoption: adoptionOf(footprints, dependents, teams),
    departments: await readGroupTitles(
      catalog,
      [...new Set(departmentRefs)],
      credentials,
    ),
  };
}

/** Every User's ref and e-mail address, in one read. */
export async function readPeople(
  catalog: CatalogService,
  credentials: BackstageCredentials,
): Promise<People> {
  const { items } = await catalog.getEntities(
    {
      filter: { kind: 'user' },
      fields: [
        'kind',
        'metadata.namespace',
        'metadata.name',
        'spec.profile.email',
      ],
    },
    { credentials },
  );
  const people: People = { refs: new Map(), byEmail: new Map() };
  for (const entity of items) {
    const ref = stringifyEntityRef(entity);
    people.refs.set(ref.toLocaleLowerCase('en-US'), ref);
    const email = (entity.spec?.profile as { email?: unknown } | undefined)
      ?.email;
    if (typeof email === 'string') {
      people.byEmail.set(email.toLocaleLowerCase('en-US'), ref);
    }
  }
  return people;
}

/** Titles of groups, in one batched catalog read. */
export async function readGroupTitles(
  catalog: CatalogService,
  groupRefs: string[],
  credentials: BackstageCredentials,
): Promise<Map<string, string>> {
  if (!groupRefs.length) {
    return new Map();
  }
  const { items } = await catalog.getEntitiesByRefs(
    {
      entityRefs: groupRefs,
      fields: ['kind', 'metadata.name', 'metadata.namespace', 'metadata.title'],
    },
    { credentials },
  );
  return new Map(
    items.flatMap(entity =>
      entity
        ? [
            [
              stringifyEntityRef(entity),
              entity.metadata.title ?? entity.metadata.name,
            ] as const,
          ]
        : [],
    ),
  );
}

/** Entities that depend on or consume any of `refs`, in batches of refs. */
async function readDependents(
  catalog: CatalogService,
  refs: string[],
  credentials: BackstageCredentials,
): Promise<Entity[]> {
  const byRef = new Map<string, Entity>();
  for (let i = 0; i < refs.length; i += FOOTPRINT_BATCH) {
    const batch = refs.slice(i, i + FOOTPRINT_BATCH);
    const { items } = await catalog.getEntities(
      {
        filter: [
          { [`relations.${RELATION_DEPENDS_ON}`]: batch },
          { [`relations.${RELATION_CONSUMES_API}`]: batch },
        ],
        fields: ['kind', 'metadata.namespace', 'metadata.name', 'relations'],
      },
      { credentials },
    );
    for (const entity of items) {
      byRef.set(stringifyEntityRef(entity), entity);
    }
  }
  return [...byRef.values()];
}

function titleOf(entity: Entity): string {
  return entity.metadata.title ?? entity.metadata.name;
}

function byTitle(a: { title: string }, b: { title: string }) {
  return a.title.localeCompare(b.title);
}

function toTeam(entity: Entity): TeamRecord {
  const memberRefs = targetsOf(entity, RELATION_HAS_MEMBER)
    .filter(ref => ref.startsWith('user:'))
    .sort();
  const profile = (entity.spec?.profile ?? {}) as { displayName?: string };
  return {
    ref: stringifyEntityRef(entity),
    name: entity.metadata.name,
    title: entity.metadata.title ?? profile.displayName ?? entity.metadata.name,
    parentRef: targetsOf(entity, 'childOf')[0],
    memberCount: memberRefs.length,
    memberRefs,
  };
}

function toTool(entity: Entity): Tool {
  return {
    ref: stringifyEntityRef(entity),
    kind: entity.kind,
    name: entity.metadata.name,
    title: titleOf(entity),
    description: entity.metadata.description,
    ownerRef: targetsOf(entity, RELATION_OWNED_BY)[0],
  };
}
