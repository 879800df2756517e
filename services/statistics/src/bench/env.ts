import { parseEnvOrExit, positiveInteger } from '@mitmach/config';
import { z } from 'zod';

/**
 * The benchmark runs on a database of its own, created on the Postgres server of TEST_DATABASE_URL or DATABASE_URL
 * (default postgres://postgres@127.0.0.1:5432/postgres) and dropped afterwards.
 */
export const env = parseEnvOrExit(
  {
    BENCH_RUNS: positiveInteger(50),
    BENCH_SIZES: z
      .string()
      .default('10000,1000000')
      .refine((value) => value.split(',').every((size) => /^\d+$/.test(size.trim()) && Number(size) >= 2_000), {
        message: 'expected event counts of at least 2000, separated by commas',
      })
      .transform((value) => value.split(',').map((size) => Number(size.trim()))),
  },
  process.env,
);
