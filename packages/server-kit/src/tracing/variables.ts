import { httpUrl } from '@mitmach/config';
import { z } from 'zod';

/** The environment variables of tracing, for a deployable's env.ts; tracing runs only when an endpoint is set. */
export const tracingVariables = {
  OTEL_EXPORTER_OTLP_ENDPOINT: httpUrl().optional(),
  OTEL_SERVICE_NAME: z.string().min(1).optional(),
};

export type TracingSettings = z.infer<z.ZodObject<typeof tracingVariables>>;
