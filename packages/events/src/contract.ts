import type { ServiceName } from '@mitmach/registry';
import type { z } from 'zod';

export type { ServiceName };

/** One event type: its name and version, who writes it, who reads it, and the shape of its payload. */
export interface EventContract<Payload extends z.ZodType = z.ZodType> {
  name: string;
  version: number;
  description: string;
  source: ServiceName;
  aggregateType: string;
  consumers: readonly ServiceName[];
  payload: Payload;
  /** A payload as it may be written, shown in the catalogue and checked against the schema by its tests. */
  example?: z.input<Payload>;
}

export type PayloadOf<Contract extends EventContract> = z.infer<Contract['payload']>;

export function defineEvent<Payload extends z.ZodType>(contract: EventContract<Payload>): EventContract<Payload> {
  return contract;
}

/** Events of one aggregate type share a topic (Kafka) or topic name (Postgres), keyed by aggregate id. */
export function topicOf(contract: Pick<EventContract, 'source' | 'aggregateType' | 'version'>): string {
  return `${contract.source}.${contract.aggregateType}.v${contract.version}`;
}
