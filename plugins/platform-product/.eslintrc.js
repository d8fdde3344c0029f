/**
 * The areas of the page: each imports only its own folder, `components/shared/`, `hooks/` and
 * what lies outside `components/` (api, routes, translation). The page and the entity cards (and the
 * tool rating card, which offers Feedback's button) put the areas together, so they may import them.
 */
const AREAS = [
  'Champions',
  'Changelog',
  'Feedback',
  'Insights',
  'Roadmap',
  'Surveys',
];

const ownFolderOnly = (target, own) => ({
  target: `./src/${target}`,
  from: './src/components',
  except: own ? [`./${own}`, './shared'] : ['./shared'],
  message:
    'An area imports no other area: move what several areas use to components/shared/ or hooks/.',
});

module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  // so that the import rules below resolve TypeScript modules (and check them)
  settings: {
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.jsx'] } },
  },
  restrictedTestImports: [
    {
      name: '@testing-library/user-event',
      message:
        "Import { userEvent } from src/__testUtils__/userEvent: it types without a pause between keys.",
    },
  ],
  rules: {
    'import/no-restricted-paths': [
      'error',
      {
        basePath: __dirname,
        zones: [
          ...AREAS.map(area => ownFolderOnly(`components/${area}`, area)),
          ownFolderOnly('components/shared'),
          ownFolderOnly('hooks'),
        ],
      },
    ],
  },
  overrides: [
    {
      // a test may build its data with another area's fixtures (a feedback item linked to a
      // roadmap item); the areas' code itself stays apart
      files: ['src/**/*.test.ts?(x)'],
      rules: { 'import/no-restricted-paths': 'off' },
    },
    {
      files: ['src/__testUtils__/userEvent.ts'],
      rules: { 'no-restricted-imports': 'off' },
    },
  ],
});
