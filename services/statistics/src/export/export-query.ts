import { z } from 'zod';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const countries = ['DE', 'AT', 'CH', 'IT'] as const;

const isoDate = (name: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? `${name} is required, as YYYY-MM-DD` : `${name} must be given once, as YYYY-MM-DD`,
    })
    .refine(
      (value) =>
        datePattern.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().startsWith(value),
      { message: `${name} must be a calendar date as YYYY-MM-DD` },
    );

const querySchema = z
  .object({
    from: isoDate('from'),
    to: isoDate('to'),
    countries: z
      .string({ message: 'countries must be given once, as a comma-separated list such as DE,AT' })
      .transform((value, context) => {
        const list = [...new Set(value.split(',').map((country) => country.trim().toUpperCase()))];
        const unknown = list.filter((country) => !(countries as readonly string[]).includes(country));
        if (unknown.length > 0) {
          context.addIssue({
            code: 'custom',
            message: `countries: ${unknown.map((country) => JSON.stringify(country)).join(', ')} is not a country of the network; use ${countries.join(', ')}`,
          });
          return z.NEVER;
        }
        return list;
      })
      .optional(),
  })
  .strict();

export type ExportQuery = z.infer<typeof querySchema>;

/** Reads the export's query string; the messages name the parameter and what it expects. */
export function readExportQuery(query: unknown): { ok: true; value: ExportQuery } | { ok: false; message: string } {
  const parsed = querySchema.safeParse(query ?? {});
  if (parsed.success) return { ok: true, value: parsed.data };
  const messages = parsed.error.issues.map((issue) =>
    issue.code === 'unrecognized_keys'
      ? `unknown parameter ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}; use from, to and countries`
      : issue.message,
  );
  return { ok: false, message: messages.join('; ') };
}
