import fs from 'node:fs';
import path from 'node:path';

/**
 * Packages whose entry point only re-exports other modules and loads far more of them than a
 * test renders. setupTests.ts replaces each with {@link lazyBarrel}; lazyBarrel.test.ts checks
 * that every one still exports exactly what the package does. Not for test utilities: some of
 * their modules register jest hooks when loaded, which jest refuses inside a test.
 */
export const LAZY_BARRELS = [
  '@backstage/core-app-api',
  '@backstage/core-components',
  '@backstage/core-plugin-api',
  '@backstage/frontend-plugin-api',
  '@backstage/plugin-catalog-react',
  '@backstage/theme',
  '@backstage/integration-react',
  '@backstage/ui',
  '@material-ui/core',
  'react-aria',
  'react-aria-components',
  'react-stately',
];

// `export { a, b as c } from './a.esm.js';` (Backstage's builds)
const ESM_REEXPORT = /^export \{([^}]*)\} from '([^']+)';$/gm;
// `var $x = require("./a.cjs");` and
// `$parcel$export(module.exports, "c", function () { return $x.b; });` (Parcel's builds)
const PARCEL_REQUIRE = /^var (\$[\w$]+) = require\("([^"]+)"\);$/gm;
const PARCEL_EXPORT =
  /^\$parcel\$export\(module\.exports, "(\w+)", function \(\) \{ return (\$[\w$]+)\.(\w+); \}\);$/gm;

// Babel's CommonJS (Material UI v4): `var _a = _interopRequireDefault(require("./A"));`,
// `Object.defineProperty(exports, "A", { … return _a.default; … });`, `exports.b = b;` and
// `Object.keys(_a).forEach(…)` for `export * from './A'`.
const BABEL_REQUIRE =
  /^var (\w+) = (?:_interopRequire(?:Wildcard|Default)\()?require\("([^"]+)"\)\)?;$/gm;
const BABEL_GETTER =
  /^Object\.defineProperty\(exports, "(\w+)", \{\s*enumerable: true,\s*get: function (?:get)?\(\) \{\s*return (\w+)(?:\.(\w+))?;/gm;
const BABEL_ASSIGN = /^exports\.(\w+) = (\w+);$/gm;
const BABEL_STAR = /^Object\.keys\((\w+)\)\.forEach/gm;

/** `name` undefined: the whole module (`export * as name`). */
type Reexport = { from: string; name?: string };

function babelReexportsOf(file: string): Map<string, Reexport> {
  const source = fs.readFileSync(file, 'utf8');
  const required = new Map(
    Array.from(source.matchAll(BABEL_REQUIRE), ([, id, from]) => [
      id,
      require.resolve(from, { paths: [path.dirname(file)] }),
    ]),
  );
  const reexports = new Map<string, Reexport>();
  for (const [, id] of source.matchAll(BABEL_STAR)) {
    const from = required.get(id)!;
    for (const name of babelReexportsOf(from).keys()) {
      if (name !== 'default') reexports.set(name, { from, name });
    }
  }
  for (const [, alias, id, name] of source.matchAll(BABEL_GETTER)) {
    reexports.set(alias, { from: required.get(id)!, name });
  }
  for (const [, alias, value] of source.matchAll(BABEL_ASSIGN)) {
    const from = required.get(value);
    reexports.set(alias, from ? { from } : { from: file, name: alias });
  }
  return reexports;
}

function reexportsOf(entry: string): Map<string, Reexport> {
  const source = fs.readFileSync(entry, 'utf8');
  if (source.includes('Object.defineProperty(exports, "__esModule"')) {
    return babelReexportsOf(entry);
  }
  const reexports = new Map<string, Reexport>();
  for (const [, names, from] of source.matchAll(ESM_REEXPORT)) {
    for (const spec of names.split(',')) {
      const [name, alias = name] = spec.trim().split(/\s+as\s+/);
      reexports.set(alias, { from, name });
    }
  }
  const required = new Map(
    Array.from(source.matchAll(PARCEL_REQUIRE), ([, id, from]) => [id, from]),
  );
  for (const [, alias, id, name] of source.matchAll(PARCEL_EXPORT)) {
    reexports.set(alias, { from: required.get(id)!, name });
  }
  return reexports;
}

/**
 * A package whose entry point only re-exports, loaded lazily: the module behind an export is
 * required the first time the export is read.
 *
 * Jest loads every module anew for each test file, and `@backstage/core-components` alone loads
 * hundreds for the two or three components a test renders. The exports are the very objects the
 * package exports (its modules are required from the same files).
 */
export function lazyBarrel(packageName: string): Record<string, unknown> {
  const entry = require.resolve(packageName);
  const modules = new Map<string, Record<string, unknown>>();
  const load = (from: string) => {
    if (!modules.has(from)) {
      const file = require.resolve(from, { paths: [path.dirname(entry)] });
      // through jest's registry, so that a mock of one module (setupTests.ts) applies here too
      modules.set(
        from,
        file === entry ? jest.requireActual(file) : require(file),
      );
    }
    return modules.get(from)!;
  };

  const barrel: Record<string, unknown> = {};
  Object.defineProperty(barrel, '__esModule', { value: true });
  for (const [alias, { from, name }] of reexportsOf(entry)) {
    Object.defineProperty(barrel, alias, {
      enumerable: true,
      get: () => (name === undefined ? load(from) : load(from)[name]),
    });
  }
  return barrel;
}
