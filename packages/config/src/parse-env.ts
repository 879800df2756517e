import type { z } from 'zod';

export type EnvSource = Readonly<Record<string, string | undefined>>;

/** Thrown when one or more environment variables are missing or malformed; the message names each of them. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

// Secrets must not end up in logs, not even wrong ones.
const secretName = /SECRET|PASSWORD|TOKEN|KEY/;

function describeValue(name: string, value: string | undefined): string {
  if (value === undefined) return 'it is not set';
  return secretName.test(name) ? `got a value of ${value.length} characters` : `got ${JSON.stringify(value)}`;
}

/** Problems of variables that are each valid but do not fit together, as `NAME: what is wrong` lines. */
export type CrossCheck<Values> = (values: Values) => readonly string[];

/**
 * Parses the variables named by the shape's keys from `source`. Every problem is collected, so that one start-up
 * attempt reports all of them at once.
 */
export function parseEnv<Shape extends z.ZodRawShape>(
  shape: Shape,
  source: EnvSource,
  crossCheck?: CrossCheck<z.infer<z.ZodObject<Shape>>>,
): z.infer<z.ZodObject<Shape>> {
  const problems: string[] = [];
  const result: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(shape)) {
    const raw = source[name];
    const value = raw === '' ? undefined : raw;
    const parsed = (schema as z.ZodType).safeParse(value);
    if (parsed.success) {
      result[name] = parsed.data;
    } else {
      const expected = parsed.error.issues.map((issue) => issue.message).join('; ');
      problems.push(`${name}: ${expected} (${describeValue(name, raw)})`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const values = result as z.infer<z.ZodObject<Shape>>;
  const mismatches = crossCheck?.(values) ?? [];
  if (mismatches.length > 0) throw new ConfigError(mismatches);
  return values;
}

/** For a deployable's entry point: parse, or print what is wrong and stop the process. */
export function parseEnvOrExit<Shape extends z.ZodRawShape>(
  shape: Shape,
  source: EnvSource,
  crossCheck?: CrossCheck<z.infer<z.ZodObject<Shape>>>,
): z.infer<z.ZodObject<Shape>> {
  try {
    return parseEnv(shape, source, crossCheck);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
