import { z } from 'zod';
import type { EventContract, PayloadOf } from './contract';

/** What travels on every transport: the event's identity and context around its payload. */
export const envelopeSchema = z.object({
  id: z.uuid(),
  name: z.string().min(1),
  version: z.number().int().positive(),
  aggregateType: z.string().min(1),
  aggregateId: z.string().min(1),
  occurredAt: z.iso.datetime({ offset: true }),
  source: z.string().min(1),
  traceparent: z.string().nullable(),
  payload: z.unknown(),
});

export type EventEnvelope<Payload = unknown> = Omit<z.infer<typeof envelopeSchema>, 'payload'> & { payload: Payload };

/** A payload that does not match its contract; raised when writing, so that the business write rolls back. */
export class EventPayloadError extends Error {
  constructor(
    readonly eventName: string,
    readonly issues: readonly string[],
  ) {
    super(`Event ${eventName} has an invalid payload: ${issues.join('; ')}`);
    this.name = 'EventPayloadError';
  }
}

export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`);
}

export function validatePayload<Contract extends EventContract>(
  contract: Contract,
  payload: unknown,
): PayloadOf<Contract> {
  const parsed = contract.payload.safeParse(payload);
  if (!parsed.success)
    throw new EventPayloadError(`${contract.name} v${contract.version}`, describeIssues(parsed.error));
  return parsed.data as PayloadOf<Contract>;
}
