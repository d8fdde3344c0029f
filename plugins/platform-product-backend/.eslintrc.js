module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  overrides: [
    {
      // Benchmarks are dev-only like tests (run by `yarn bench`, never shipped).
      files: ['src/**/*.bench.ts'],
      rules: { '@backstage/no-undeclared-imports': 'off' },
    },
  ],
});
