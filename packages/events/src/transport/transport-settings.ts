import { booleanFlag } from '@mitmach/config';
import type { DatabaseConnection } from '@mitmach/db';
import type { Logger } from 'pino';
import { z } from 'zod';
import { createKafkaTransport } from './kafka/kafka-transport';
import { createPostgresTransport } from './postgres/postgres-transport';
import type { EventTransport } from './transport';

const brokerList = z
  .string()
  .optional()
  .transform((value, context) => {
    if (!value) return [];
    const brokers = value.split(',').map((broker) => broker.trim());
    if (brokers.some((broker) => !/^[\w.-]+:\d{1,5}$/.test(broker))) {
      context.addIssue({ code: 'custom', message: 'expected host:port pairs separated by commas' });
      return z.NEVER;
    }
    return brokers;
  });

/** The environment variables that choose and configure the event transport, for a deployable's env.ts. */
export const eventTransportVariables = {
  EVENT_TRANSPORT: z.enum(['postgres', 'kafka'], { message: 'expected postgres or kafka' }).default('postgres'),
  KAFKA_BROKERS: brokerList,
  KAFKA_CLIENT_ID: z.string().min(1).optional(),
  KAFKA_SSL: booleanFlag(false),
  KAFKA_SASL_MECHANISM: z.enum(['plain', 'scram-sha-256', 'scram-sha-512']).optional(),
  KAFKA_SASL_USERNAME: z.string().optional(),
  KAFKA_SASL_PASSWORD: z.string().optional(),
};

export type EventTransportSettings = z.infer<z.ZodObject<typeof eventTransportVariables>>;

export class TransportSettingsError extends Error {}

/** What is wrong with the combination of transport variables, each named; empty when they fit together. */
export function transportSettingsProblems(settings: EventTransportSettings): string[] {
  if (settings.EVENT_TRANSPORT === 'postgres') return [];
  const { KAFKA_SASL_MECHANISM: mechanism, KAFKA_SASL_USERNAME: username, KAFKA_SASL_PASSWORD: password } = settings;
  return [
    ...(settings.KAFKA_BROKERS.length === 0
      ? ['KAFKA_BROKERS: required when EVENT_TRANSPORT is kafka (it is not set)']
      : []),
    ...(mechanism && (!username || !password)
      ? ['KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD: required with KAFKA_SASL_MECHANISM']
      : []),
  ];
}

export async function createEventTransport(
  settings: EventTransportSettings,
  context: { connection: DatabaseConnection; logger: Logger; clientId: string },
): Promise<EventTransport> {
  if (settings.EVENT_TRANSPORT === 'postgres') {
    return createPostgresTransport({ connection: context.connection, logger: context.logger });
  }
  const [problem] = transportSettingsProblems(settings);
  if (problem) throw new TransportSettingsError(problem);
  const { KAFKA_SASL_MECHANISM: mechanism, KAFKA_SASL_USERNAME: username, KAFKA_SASL_PASSWORD: password } = settings;
  return createKafkaTransport({
    brokers: settings.KAFKA_BROKERS,
    clientId: settings.KAFKA_CLIENT_ID ?? context.clientId,
    ssl: settings.KAFKA_SSL,
    ...(mechanism && username && password ? { sasl: { mechanism, username, password } } : {}),
    logger: context.logger,
  });
}
