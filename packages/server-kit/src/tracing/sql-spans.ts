import type { StatementObserver } from '@mitmach/db';
import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import {
  ATTR_DB_OPERATION_NAME,
  ATTR_DB_QUERY_TEXT,
  ATTR_DB_SYSTEM_NAME,
  DB_SYSTEM_NAME_VALUE_POSTGRESQL,
} from '@opentelemetry/semantic-conventions';
import { tracingEnabled } from './start-tracing';

/**
 * A client span for each SQL statement sent while a span is active, for a drizzle view's `observe`; undefined when
 * tracing is off, so that the view uses the bare client. Statements outside any span, such as a relay polling its
 * outbox, start no trace of their own. Drizzle sends values as parameters, so the query text holds none.
 */
export function sqlSpans(): StatementObserver | undefined {
  if (!tracingEnabled()) return undefined;
  const tracer = trace.getTracer('@mitmach/server-kit');
  return (sql) => {
    if (!trace.getActiveSpan()) return undefined;
    const operation = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? 'SQL';
    const span = tracer.startSpan(operation, {
      kind: SpanKind.CLIENT,
      attributes: {
        [ATTR_DB_SYSTEM_NAME]: DB_SYSTEM_NAME_VALUE_POSTGRESQL,
        [ATTR_DB_OPERATION_NAME]: operation,
        [ATTR_DB_QUERY_TEXT]: sql,
      },
    });
    return (error) => {
      if (error !== undefined) {
        span.recordException(error as Error);
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
      }
      span.end();
    };
  };
}
