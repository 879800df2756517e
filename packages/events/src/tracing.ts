import { type Attributes, type Context, context, propagation, trace } from '@opentelemetry/api';

/** Taken when used: a tracer taken before tracing is registered would stay a no-op. */
export function tracer() {
  return trace.getTracer('@mitmach/events');
}

/** The W3C traceparent of the active span, stored with an event so that its consumers continue the trace. */
export function activeTraceparent(): string | null {
  const carrier: { traceparent?: string } = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent ?? null;
}

/** The context an event was written in, where it has one; the active context otherwise. */
export function contextOfWrite(traceparent: string | null): Context {
  return traceparent ? propagation.extract(context.active(), { traceparent }) : context.active();
}

/** The messaging attributes of the OpenTelemetry conventions, still incubating there and so spelled out here. */
export function messagingAttributes(operation: 'create' | 'process', topic: string, eventId: string): Attributes {
  return {
    'messaging.operation.type': operation,
    'messaging.operation.name': operation,
    'messaging.destination.name': topic,
    'messaging.message.id': eventId,
  };
}
