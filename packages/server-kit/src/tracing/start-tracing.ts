import { createRequire } from 'node:module';
import type * as OpenTelemetryApi from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { defaultResource, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, type SpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import type { Logger } from 'pino';
import type { TracingSettings } from './variables';

// @apollo/gateway requires the CommonJS build of @opentelemetry/api and takes its tracer as it loads, before any provider
// is registered; such a tracer follows only a provider registered through that same build, so tracing registers there.
// The ES module build, which this code imports, reads the registration when used, so its tracers are taken when needed.
const api = createRequire(import.meta.url)('@opentelemetry/api') as typeof OpenTelemetryApi;

export interface Tracing {
  /** Exports what is still buffered and unregisters tracing. */
  shutdown(): Promise<void>;
}

let registered = false;

/**
 * Whether this process records spans. What instruments itself asks once, when it is built, so that without tracing
 * nothing is wrapped and nothing runs per request or statement.
 */
export function tracingEnabled(): boolean {
  return registered;
}

/**
 * Registers tracing with @opentelemetry/api for the whole process: spans go to the given processors, the active span
 * follows async calls, and the W3C trace context is what crosses process boundaries.
 */
export function registerTracing(options: { serviceName: string; spanProcessors: SpanProcessor[] }): Tracing {
  const provider = new TracerProvider({
    resource: defaultResource().merge(resourceFromAttributes({ [ATTR_SERVICE_NAME]: options.serviceName })),
    spanProcessors: options.spanProcessors,
  });
  api.context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  api.propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  api.trace.setGlobalTracerProvider(provider);
  registered = true;
  return {
    async shutdown() {
      await provider.shutdown();
      api.trace.disable();
      api.propagation.disable();
      api.context.disable();
      registered = false;
    },
  };
}

// The OTLP convention: the endpoint is a base URL, and traces go to its v1/traces.
function tracesUrl(endpoint: string): string {
  return new URL('v1/traces', endpoint.endsWith('/') ? endpoint : `${endpoint}/`).href;
}

/**
 * Tracing as configured: spans exported over OTLP (protobuf over HTTP, in batches) when OTEL_EXPORTER_OTLP_ENDPOINT is
 * set. Otherwise nothing is registered and returns null: the OpenTelemetry API stays its own no-op.
 */
export function startTracing(
  settings: TracingSettings,
  options: { serviceName: string; logger: Logger },
): Tracing | null {
  const endpoint = settings.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint) return null;
  // Export failures (an unreachable collector, say) surface only through the diagnostics logger, silent by default.
  const log =
    (level: 'error' | 'warn' | 'info' | 'debug' | 'trace') =>
    (message: string, ...args: unknown[]) =>
      options.logger[level]({ component: 'opentelemetry', details: args }, message);
  api.diag.setLogger(
    { error: log('error'), warn: log('warn'), info: log('info'), debug: log('debug'), verbose: log('trace') },
    api.DiagLogLevel.WARN,
  );
  return registerTracing({
    serviceName: settings.OTEL_SERVICE_NAME ?? options.serviceName,
    spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url: tracesUrl(endpoint) }) })],
  });
}
