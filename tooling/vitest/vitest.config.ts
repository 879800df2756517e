import { defineConfig } from 'vitest/config';

// Tests start real servers and create databases on the real Postgres; generous hooks, no retries. Each package also
// writes a JSON report that scripts/test-summary.mjs adds up into one closing line for the whole run.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default', 'json'],
    outputFile: { json: '.cache/vitest-report.json' },
  },
});
