import { seedFundingEntries, seedRegions } from '@mitmach/demo-network';
import type { EventTransport } from '@mitmach/events';
import { graphqlClient, silentLogger } from '@mitmach/testkit';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { processedEvents } from '../db/schema';
import { recordOf } from '../testing/events';
import { figuresSnapshot } from '../testing/figures-snapshot';
import { fixtureEvents } from '../testing/fixture';
import { networkStatisticsQuery } from '../testing/queries';
import { type RunningStatistics, startStatistics } from '../testing/start-statistics';
import { ConsumerRunningError, rebuildStatistics } from './rebuild-statistics';

async function processedCount(platform: RunningStatistics) {
  const [row] = await platform.db.select({ value: count() }).from(processedEvents);
  return row?.value ?? 0;
}

async function rebuild(platform: RunningStatistics) {
  await rebuildStatistics({
    connection: platform.connection,
    transport: platform.transport as EventTransport,
    logger: silentLogger,
  });
}

describe('rebuilding the read model from the fixture', () => {
  let platform: RunningStatistics;
  const events = fixtureEvents();
  beforeAll(async () => {
    platform = await startStatistics({ events: true });
    await (platform.transport as EventTransport).publish(events.map(recordOf));
    await vi.waitFor(async () => expect(await processedCount(platform)).toBe(events.length), {
      timeout: 30_000,
      interval: 100,
    });
  });
  afterAll(() => platform?.stop());

  it('refuses while the consumer runs, since it would count the replayed events on top', async () => {
    await expect(rebuild(platform)).rejects.toThrow(ConsumerRunningError);
  });

  it('empties the figures, and the replay brings every figure back as it was', async () => {
    const before = await figuresSnapshot(platform);
    expect(before.network2025).toMatchObject({ networkStatistics: { regions: { total: 3 } } });

    const [consumer] = platform.statisticsWorkers();
    await consumer?.stop();
    await rebuild(platform);
    expect(await processedCount(platform)).toBe(0);
    const emptied = await figuresSnapshot(platform);
    expect(emptied.network2025).toMatchObject({
      networkStatistics: { regions: { total: 0 }, conferences: { held: 0 }, funding: { depositedCents: 0 } },
    });
    expect(emptied).not.toEqual(before);

    await consumer?.start();
    await expect.poll(() => figuresSnapshot(platform), { timeout: 30_000, interval: 250 }).toEqual(before);
    expect(await processedCount(platform)).toBe(events.length);
  });
});

describe('rebuilding the read model of the seeded network', () => {
  let platform: RunningStatistics;
  const overview = async () => {
    const response = await graphqlClient(platform.gatewayUrl)(networkStatisticsQuery, { filter: { to: '2026-12-31' } });
    expect(response.body.errors).toBeUndefined();
    return response.body.data;
  };
  const depositedCents = seedFundingEntries
    .filter((entry) => entry.kind === 'deposit')
    .reduce((sum, entry) => sum + entry.amountCents, 0);

  beforeAll(async () => {
    platform = await startStatistics({ events: true, withRegions: true });
  });
  afterAll(() => platform?.stop());

  it('fills from the events of the regions seed, and after a rebuild every figure equals what it was', async () => {
    await expect
      .poll(async () => (await overview())?.networkStatistics, { timeout: 30_000, interval: 250 })
      .toMatchObject({ regions: { total: seedRegions.length }, funding: { depositedCents } });
    const before = await overview();

    const [consumer] = platform.statisticsWorkers();
    await consumer?.stop();
    await rebuild(platform);
    expect(await overview()).toMatchObject({ networkStatistics: { regions: { total: 0 } } });
    await consumer?.start();
    await expect.poll(overview, { timeout: 30_000, interval: 250 }).toEqual(before);
  }, 90_000);
});
