/**
 * Each area owns its tables: a module of one area (its services in src/services, jobs in src/jobs,
 * helpers in src/lib) imports its own area's stores and the shared database modules, never
 * another area's store (it calls that area's service instead). The area map is src/areas.json
 * (docs/architecture.md explains it); src/areas.test.ts checks it too.
 */
const { areas, shared } = require('./src/areas.json');

const modulesOf = group =>
  ['services', 'jobs', 'lib'].flatMap(folder =>
    (group[folder] ?? []).map(name => `./src/${folder}/${name}.ts`),
  );

const storesOnly = (target, stores, message) => ({
  target,
  from: './src/database',
  except: [...stores, ...shared.stores].map(store => `./${store}.ts`),
  message,
});

module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  // so that the import rules below resolve TypeScript modules (and check them)
  settings: {
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.jsx'] } },
  },
  rules: {
    'import/no-restricted-paths': [
      'error',
      {
        basePath: __dirname,
        zones: [
          ...Object.entries(areas).map(([area, group]) =>
            storesOnly(
              modulesOf(group),
              group.stores,
              `A module of the ${area} area uses only its own stores and the shared ones (src/areas.json): call the owning area's service instead.`,
            ),
          ),
          storesOnly(
            modulesOf(shared),
            [],
            'A shared module uses only the shared stores (src/areas.json).',
          ),
        ],
      },
    ],
  },
  overrides: [
    {
      // Benchmarks are dev-only like tests (run by `yarn bench`, never shipped): they may use
      // dev dependencies and the test utilities that start the plugin.
      files: ['src/**/*.bench.ts', 'src/bench/*.ts'],
      rules: {
        '@backstage/no-undeclared-imports': 'off',
        'no-restricted-imports': 'off',
      },
    },
  ],
});
