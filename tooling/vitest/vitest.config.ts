import { defineConfig } from 'vitest/config';

// Tests start real servers and create databases on the real Postgres; generous hooks, no retries. A test that waits
// for an event may wait long: the Postgres event log passes nothing committed after the oldest transaction open on the
// server, and another package's tests (a seed, a held lock) run at the same time. Each package also writes a JSON
// report that scripts/test-summary.mjs adds up into one closing line for the whole run.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default', 'json'],
    outputFile: { json: '.cache/vitest-report.json' },
  },
});
