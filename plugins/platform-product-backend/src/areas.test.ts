import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { areas, shared } from './areas.json';

/** The folders of src/ that the map covers, with the key that lists their modules in a group. */
const folders = [
  ['services', 'services'],
  ['jobs', 'jobs'],
  ['lib', 'lib'],
  ['database', 'stores'],
] as const;

type Kind = (typeof folders)[number][1];
type Group = Partial<Record<Kind, string[]>>;

const groups: [string, Group][] = [
  ...Object.entries(areas),
  ['shared', shared],
];

/** The modules of a folder of src/, without tests and without `.ts`. */
function modulesIn(folder: string): string[] {
  return readdirSync(join(__dirname, folder))
    .filter(file => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map(file => file.replace(/\.ts$/, ''))
    .sort();
}

/** A group's services, jobs and helpers, as paths under src/ without `.ts`. */
function codeOf(group: Group): string[] {
  return (['services', 'jobs', 'lib'] as const).flatMap(folder =>
    (group[folder] ?? []).map(name => `${folder}/${name}`),
  );
}

/** The database modules that `module` (e.g. `services/RoadmapService`) may import. */
function storesAllowedTo(module: string): Set<string> {
  const [, own] = groups.find(([, g]) => codeOf(g).includes(module))!;
  return new Set([...(own.stores ?? []), ...shared.stores]);
}

/** The database modules that `source`, the text of `module`, imports but may not. */
function forbiddenImports(module: string, source: string): string[] {
  const allowed = storesAllowedTo(module);
  return [...source.matchAll(/from '\.\.\/database\/([^']+)'/g)]
    .map(([, store]) => store)
    .filter(store => !allowed.has(store));
}

describe('the area map (src/areas.json)', () => {
  it.each(folders)(
    'places every module of src/%s in one area',
    (folder, kind) => {
      const placed = groups.flatMap(([, group]) => group[kind] ?? []);
      expect([...placed].sort()).toEqual(modulesIn(folder));
    },
  );

  it('lets no service, job or helper import another area’s store', () => {
    const violations = groups
      .flatMap(([, group]) => codeOf(group))
      .flatMap(module =>
        forbiddenImports(
          module,
          readFileSync(join(__dirname, `${module}.ts`), 'utf8'),
        ).map(store => `${module} imports ${store}`),
      );
    expect(violations).toEqual([]);
  });

  it('catches a module that imports another area’s store', () => {
    const source = [
      "import { ChangelogStore } from '../database/ChangelogStore';",
      "import { keysetPage } from '../database/keyset';",
      "import { RoadmapStore } from '../database/RoadmapStore';",
    ].join('\n');
    expect(forbiddenImports('services/ChangelogService', source)).toEqual([
      'RoadmapStore',
    ]);
    expect(forbiddenImports('jobs/changelogPublisher', source)).toEqual([
      'RoadmapStore',
    ]);
    expect(forbiddenImports('lib/DomainEvents', source)).toEqual([
      'ChangelogStore',
      'RoadmapStore',
    ]);
  });
});
