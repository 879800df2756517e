import { startFederation, startForFile } from '@mitmach/testkit';
import { describe, expect, it } from 'vitest';
import { regionsSubgraph } from './subgraph';

const { platform: federation } = await startForFile(() =>
  startFederation({ subgraphs: [regionsSubgraph], events: true, seed: false }),
);

async function readiness() {
  const url = new URL('/health/ready', federation.subgraphUrls.regions);
  const response = await fetch(url);
  return { status: response.status, body: await response.json() };
}

describe('readiness of a subgraph service', () => {
  it('includes its outbox relay and its consumer, and turns unready while the consumer is stopped', async () => {
    await expect.poll(readiness, { timeout: 90_000, interval: 100 }).toEqual({
      status: 200,
      body: {
        status: 'ready',
        database: 'ready',
        workers: { 'outbox-relay': 'ready', 'consumer:regions': 'ready', 'retention-pruner': 'ready' },
      },
    });
    const consumer = federation.mounted.regions?.workers.find((worker) => worker.name === 'consumer:regions');
    await consumer?.stop();
    expect(await readiness()).toEqual({
      status: 503,
      body: {
        status: 'unavailable',
        database: 'ready',
        workers: { 'outbox-relay': 'ready', 'consumer:regions': 'unavailable', 'retention-pruner': 'ready' },
      },
    });
    await consumer?.start();
    expect((await readiness()).status).toBe(200);
  });

  it('is unready from the moment the process begins to stop', async () => {
    const stopping = federation.stop();
    // The gateway and the workers stop before the subgraph's server closes, so it still answers meanwhile.
    const during = await fetch(new URL('/health/ready', federation.subgraphUrls.regions));
    expect(during.status).toBe(503);
    await stopping;
  });
});
