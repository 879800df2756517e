import { KafkaContainer, type StartedKafkaContainer } from '@testcontainers/kafka';
import pino from 'pino';
import { getContainerRuntimeClient } from 'testcontainers';
import { describe } from 'vitest';
import { describeTransportContract } from '../../testing/transport-contract';
import { kafkaBrokersForTests } from './env';
import { createKafkaTransport } from './kafka-transport';

const logger = pino({ level: 'silent' });

async function dockerAvailable(): Promise<string | null> {
  try {
    await getContainerRuntimeClient();
    return null;
  } catch (error) {
    return (error as Error).message.split('\n')[0] ?? 'no container runtime';
  }
}

const dockerProblem = kafkaBrokersForTests ? null : await dockerAvailable();
const skipReason = kafkaBrokersForTests
  ? null
  : dockerProblem
    ? `no broker in KAFKA_BROKERS and no Docker engine for testcontainers (${dockerProblem})`
    : null;

if (skipReason) {
  process.stdout.write(`Kafka transport contract suite SKIPPED: ${skipReason}\n`);
} else {
  process.stdout.write(
    `Kafka transport contract suite RUNS against ${kafkaBrokersForTests ?? 'a testcontainers Kafka broker'}\n`,
  );
}

describe.skipIf(skipReason !== null)(`Kafka${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  describeTransportContract('Kafka', async () => {
    let container: StartedKafkaContainer | null = null;
    let brokers = kafkaBrokersForTests?.split(',');
    if (!brokers) {
      container = await new KafkaContainer('confluentinc/cp-kafka:7.7.1').withKraft().start();
      brokers = [`${container.getHost()}:${container.getMappedPort(9093)}`];
    }
    const transport = await createKafkaTransport({ brokers, clientId: 'contract-test', logger });
    return {
      transport,
      async dispose() {
        await transport.close();
        await container?.stop();
      },
    };
  });
});
