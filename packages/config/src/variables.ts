import { z } from 'zod';

export const port = (fallback: number) =>
  z.coerce
    .number({ message: 'expected a TCP port number' })
    .int({ message: 'expected an integer TCP port between 0 and 65535' })
    .min(0, { message: 'expected an integer TCP port between 0 and 65535' })
    .max(65535, { message: 'expected an integer TCP port between 0 and 65535' })
    .default(fallback);

export const host = (fallback: string) => z.string().min(1).default(fallback);

export const postgresUrl = () =>
  z
    .string({ message: 'expected a postgres:// connection URL' })
    .refine((value) => /^postgres(ql)?:\/\/.+/.test(value) && URL.canParse(value), {
      message: 'expected a postgres:// or postgresql:// connection URL',
    });

export const httpUrl = () =>
  z
    .string({ message: 'expected an http(s) URL' })
    .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
      message: 'expected an http:// or https:// URL',
    });

export const secret = (minimumLength = 32) =>
  z.string({ message: `expected a secret of at least ${minimumLength} characters` }).min(minimumLength, {
    message: `expected a secret of at least ${minimumLength} characters`,
  });

export const logLevel = () =>
  z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'expected one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info');

export const booleanFlag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
    .optional()
    .transform((value) => (value === undefined ? fallback : value === 'true' || value === '1' || value === 'yes'));

export const positiveInteger = (fallback: number) =>
  z.coerce
    .number({ message: 'expected a positive integer' })
    .int({ message: 'expected a positive integer' })
    .positive({ message: 'expected a positive integer' })
    .default(fallback);

/** NODE_ENV: production turns on the checks that refuse development settings. */
export const nodeEnv = () =>
  z
    .enum(['development', 'production', 'test'], { message: 'expected development, production or test' })
    .default('development');

export const positiveMilliseconds = (fallback: number) =>
  z.coerce
    .number({ message: 'expected a duration in milliseconds' })
    .int({ message: 'expected a whole number of milliseconds' })
    .positive({ message: 'expected a positive number of milliseconds' })
    .default(fallback);
