import {
  Entity,
  EntityRelation,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { BuiltinKindsEntityProcessor } from '@backstage/plugin-catalog-backend';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { CatalogDirectory } from '../catalog/CatalogDirectory';
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

const EXAMPLES_DIR = resolvePackagePath(
  'backstage-plugin-platform-product-backend',
  '../../examples',
);

let cached: Promise<Entity[]> | undefined;

/**
 * The example company from `examples/*.yaml`, with the relations the real catalog would derive
 * (computed by the catalog's own BuiltinKindsEntityProcessor), for tests against the catalog mock.
 */
export function loadExampleCatalog(): Promise<Entity[]> {
  cached ??= load();
  return cached;
}

/**
 * A CatalogDirectory over `entities` (from `loadExampleCatalog`) through the catalog mock, with
 * the example company's filters: teams are `spec.type: team` groups, tools are tagged
 * `platform-tool`. Each call has a cache of its own, as each backend replica does.
 */
export function exampleDirectory(entities: Entity[]): CatalogDirectory {
  return new CatalogDirectory({
    catalog: catalogServiceMock({ entities }),
    auth: mockServices.auth(),
    teamFilter: { kind: 'group', 'spec.type': 'team' },
    toolFilter: { 'metadata.tags': 'platform-tool' },
    cacheSeconds: 60,
  });
}

async function load(): Promise<Entity[]> {
  const entities = fs
    .readdirSync(EXAMPLES_DIR)
    .filter(file => file.endsWith('.yaml'))
    .flatMap(file =>
      yaml.loadAll(fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8')),
    )
    .map(doc => doc as Entity)
    .filter(entity => entity.kind !== 'Location')
    .map(entity => ({
      ...entity,
      metadata: { namespace: 'default', ...entity.metadata },
    }));

  const processor = new BuiltinKindsEntityProcessor();
  const relations = new Map<string, EntityRelation[]>();
  for (const entity of entities) {
    await processor.postProcessEntity(
      entity,
      { type: 'file', target: 'examples' },
      result => {
        if (result.type !== 'relation') return;
        const source = stringifyEntityRef(result.relation.source);
        const list = relations.get(source) ?? [];
        const targetRef = stringifyEntityRef(result.relation.target);
        if (
          !list.some(
            r => r.type === result.relation.type && r.targetRef === targetRef,
          )
        ) {
          list.push({ type: result.relation.type, targetRef });
        }
        relations.set(source, list);
      },
    );
  }
  return entities.map(entity => ({
    ...entity,
    relations: relations.get(stringifyEntityRef(entity)) ?? [],
  }));
}
