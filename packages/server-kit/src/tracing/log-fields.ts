import { trace } from '@opentelemetry/api';

/** The active span's ids as a pino `mixin`, so that a log line leads to its trace and a trace to its log lines. */
export function traceLogFields(): { trace_id?: string; span_id?: string } {
  const span = trace.getActiveSpan();
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return { trace_id: traceId, span_id: spanId };
}
