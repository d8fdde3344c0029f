import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { areas, shared } from './areas.json';

/** The modules of a folder of src/, without tests and without `.ts`. */
function modulesIn(folder: string): string[] {
  return readdirSync(join(__dirname, folder))
    .filter(file => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map(file => file.replace(/\.ts$/, ''))
    .sort();
}

const groups = [...Object.entries(areas), ['shared', shared] as const];

/** The database modules that the service `service` may import. */
function storesAllowedTo(service: string): Set<string> {
  const [, own] = groups.find(([, g]) => g.services.includes(service))!;
  return new Set([...own.stores, ...shared.stores]);
}

/** The database modules that `source`, a module of src/services/, imports but may not. */
function forbiddenImports(service: string, source: string): string[] {
  const allowed = storesAllowedTo(service);
  return [...source.matchAll(/from '\.\.\/database\/([^']+)'/g)]
    .map(([, store]) => store)
    .filter(store => !allowed.has(store));
}

describe('the area map (src/areas.json)', () => {
  it.each([
    ['services', 'services'],
    ['database', 'stores'],
  ] as const)('places every module of src/%s in one area', (folder, kind) => {
    const placed = groups.flatMap(([, group]) => group[kind]);
    expect([...placed].sort()).toEqual(modulesIn(folder));
  });

  it('lets no service import another area’s store', () => {
    const violations = modulesIn('services').flatMap(service =>
      forbiddenImports(
        service,
        readFileSync(join(__dirname, 'services', `${service}.ts`), 'utf8'),
      ).map(store => `${service} imports ${store}`),
    );
    expect(violations).toEqual([]);
  });

  it('catches a service that imports another area’s store', () => {
    const source = [
      "import { ChangelogStore } from '../database/ChangelogStore';",
      "import { keysetPage } from '../database/keyset';",
      "import { RoadmapStore } from '../database/RoadmapStore';",
    ].join('\n');
    expect(forbiddenImports('ChangelogService', source)).toEqual([
      'RoadmapStore',
    ]);
    expect(forbiddenImports('DomainEvents', source)).toEqual([
      'ChangelogStore',
      'RoadmapStore',
    ]);
  });
});
