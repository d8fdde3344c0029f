import { Entity } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import { ApiHolder, configApiRef } from '@backstage/core-plugin-api';

/**
 * A catalog filter as in `platformProduct.tools.filter`: every key (an entity field path such
 * as `kind`, `metadata.tags`, `spec.type`, `metadata.annotations.<name>` or
 * `relations.<type>`) must match one of its values, case-insensitively, as in the catalog.
 *
 * @public
 */
export type PlatformToolFilter = Record<string, string | string[]>;

/** The backend's default when `platformProduct.tools.filter` is not configured. */
const DEFAULT_TOOL_FILTER: PlatformToolFilter = {
  kind: ['component', 'system', 'api'],
  'metadata.tags': 'platform-tool',
};

const lower = (value: string) => value.toLocaleLowerCase('en-US');

/** The values found at a dotted path; object keys may contain dots (annotations, labels). */
function valuesAt(node: unknown, path: string): string[] {
  if (path === '') {
    if (typeof node === 'string') return [node];
    if (typeof node === 'number' || typeof node === 'boolean') {
      return [String(node)];
    }
    if (Array.isArray(node)) return node.flatMap(item => valuesAt(item, ''));
    return [];
  }
  if (!node || typeof node !== 'object' || Array.isArray(node)) {
    return [];
  }
  return Object.entries(node).flatMap(([key, child]) => {
    const k = lower(key);
    if (path === k) return valuesAt(child, '');
    if (path.startsWith(`${k}.`))
      return valuesAt(child, path.slice(k.length + 1));
    return [];
  });
}

/** What the catalog indexes for a filter key, in lower case. */
function entityValues(entity: Entity, key: string): string[] {
  const path = lower(key);
  if (path.startsWith('relations.')) {
    const type = path.slice('relations.'.length);
    return (entity.relations ?? [])
      .filter(relation => lower(relation.type) === type)
      .map(relation => lower(relation.targetRef));
  }
  return valuesAt(entity, path).map(lower);
}

/**
 * A predicate for the entities that a catalog filter selects, evaluated in the browser the way
 * the catalog evaluates it on the server.
 *
 * @public
 */
export function createPlatformToolPredicate(
  filter: PlatformToolFilter = DEFAULT_TOOL_FILTER,
): (entity: Entity) => boolean {
  const clauses = Object.entries(filter).map(([key, value]) => ({
    key,
    wanted: new Set([value].flat().map(v => lower(v.trim()))),
  }));
  return entity =>
    clauses.every(({ key, wanted }) =>
      entityValues(entity, key).some(value => wanted.has(value)),
    );
}

/**
 * The tool filter configured in `platformProduct.tools.filter` (the one the backend uses), or
 * the default `{ kind: [component, system, api], metadata.tags: platform-tool }`.
 *
 * @public
 */
export function readPlatformToolFilter(config?: Config): PlatformToolFilter {
  const filter = config?.getOptional<PlatformToolFilter>(
    'platformProduct.tools.filter',
  );
  return filter && Object.keys(filter).length ? filter : DEFAULT_TOOL_FILTER;
}

/**
 * Whether an entity is a platform tool: selected by `platformProduct.tools.filter`, the filter
 * the backend uses. Works as an `EntitySwitch.Case` condition in the legacy system
 * (`<EntitySwitch.Case if={isPlatformTool}>`), where it reads the app's configuration; called
 * without `context`, it applies the default filter.
 *
 * @public
 */
export function isPlatformTool(
  entity: Entity,
  context?: { apis: ApiHolder },
): boolean {
  const config = context?.apis.get(configApiRef);
  return createPlatformToolPredicate(readPlatformToolFilter(config))(entity);
}
