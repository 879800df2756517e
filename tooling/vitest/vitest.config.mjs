import { defineConfig } from 'vitest/config';

// Tests start real servers and create databases on the real Postgres; generous hooks, no retries.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
