module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
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
