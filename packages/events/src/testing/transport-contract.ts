import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventTransport, Subscription, TransportRecord } from '../transport/transport';

// How long a delivery may take before the test fails.
const poll = { timeout: 20_000, interval: 20 };

export interface TransportUnderTest {
  transport: EventTransport;
  dispose(): Promise<void>;
}

/** The behaviour every transport must show; run once per transport. */
export function describeTransportContract(name: string, open: () => Promise<TransportUnderTest>): void {
  describe(`${name} transport contract`, () => {
    let subject: TransportUnderTest;
    const run = randomUUID().slice(0, 8);
    const topicA = `contract-${run}.a.v1`;
    const topicB = `contract-${run}.b.v1`;
    let counter = 0;
    const record = (topic: string, key: string): TransportRecord => {
      counter += 1;
      return { topic, key, eventId: randomUUID(), value: JSON.stringify({ n: counter, key }) };
    };
    const collect = async (
      group: string,
      topics: string[],
      fail?: (record: TransportRecord, seen: number) => boolean,
    ) => {
      const received: TransportRecord[] = [];
      const subscription: Subscription = await subject.transport.subscribe({
        group,
        topics,
        handle: async (delivered) => {
          if (fail?.(delivered, received.filter((r) => r.eventId === delivered.eventId).length)) {
            received.push(delivered);
            throw new Error('handler failed');
          }
          received.push(delivered);
        },
      });
      return { received, subscription };
    };

    beforeAll(async () => {
      subject = await open();
    });
    afterAll(() => subject?.dispose());

    it("counts a group's lag: the records of its topics it has yet to handle", async () => {
      const topic = `contract-${run}.lag.v1`;
      const group = `group-lag-${run}`;
      const published = Array.from({ length: 3 }, () => record(topic, 'lag'));
      await subject.transport.publish(published);
      expect(await subject.transport.lag(group, [topic])).toBe(3);
      const { received, subscription } = await collect(group, [topic]);
      await expect.poll(() => received.length, poll).toBe(3);
      await expect.poll(() => subject.transport.lag(group, [topic]), poll).toBe(0);
      await subscription.stop();
    });

    it('delivers every record to a group, in publish order per key', async () => {
      const published = Array.from({ length: 30 }, (_, i) => record(i % 2 ? topicA : topicB, `k${i % 3}`));
      await subject.transport.publish(published);
      const { received, subscription } = await collect(`group-order-${run}`, [topicA, topicB]);
      await expect.poll(() => received.length, poll).toBeGreaterThanOrEqual(published.length);
      await subscription.stop();
      expect(new Set(received.map((r) => r.eventId))).toEqual(new Set(published.map((r) => r.eventId)));
      for (const key of ['k0', 'k1', 'k2']) {
        expect(received.filter((r) => r.key === key).map((r) => r.eventId)).toEqual(
          published.filter((r) => r.key === key).map((r) => r.eventId),
        );
      }
    });

    it('gives every group every record', async () => {
      const published = [record(topicA, 'g1'), record(topicA, 'g2')];
      await subject.transport.publish(published);
      const one = await collect(`group-one-${run}`, [topicA]);
      const two = await collect(`group-two-${run}`, [topicA]);
      await expect.poll(() => Math.min(one.received.length, two.received.length), poll).toBeGreaterThanOrEqual(17);
      await Promise.all([one.subscription.stop(), two.subscription.stop()]);
      for (const { received } of [one, two]) {
        expect(received.map((r) => r.eventId)).toEqual(expect.arrayContaining(published.map((r) => r.eventId)));
      }
    });

    it('delivers a record again when its handler failed, without losing order', async () => {
      const topic = `contract-${run}.retry.v1`;
      const published = Array.from({ length: 6 }, () => record(topic, 'same-key'));
      await subject.transport.publish(published);
      const failing = published[2]?.eventId;
      const { received, subscription } = await collect(
        `group-retry-${run}`,
        [topic],
        (r, seen) => r.eventId === failing && seen === 0,
      );
      await expect.poll(() => new Set(received.map((r) => r.eventId)).size, poll).toBe(published.length);
      await subscription.stop();
      expect(received.filter((r) => r.eventId === failing).length).toBeGreaterThanOrEqual(2);
      const firstSeen = [...new Set(received.map((r) => r.eventId))];
      expect(firstSeen).toEqual(published.map((r) => r.eventId));
    });

    it('resumes a group where it stopped and replays it from the start after a reset', async () => {
      const topic = `contract-${run}.resume.v1`;
      const group = `group-resume-${run}`;
      const first = Array.from({ length: 5 }, () => record(topic, 'r'));
      await subject.transport.publish(first);
      const before = await collect(group, [topic]);
      await expect.poll(() => before.received.length, poll).toBeGreaterThanOrEqual(first.length);
      await before.subscription.stop();

      const second = Array.from({ length: 5 }, () => record(topic, 'r'));
      await subject.transport.publish(second);
      const after = await collect(group, [topic]);
      await expect
        .poll(() => second.every((r) => after.received.some((got) => got.eventId === r.eventId)), poll)
        .toBe(true);
      await after.subscription.stop();
      expect(after.received.filter((got) => first.some((r) => r.eventId === got.eventId)).length).toBeLessThan(
        first.length,
      );

      await subject.transport.resetGroup(group, [topic]);
      const replay = await collect(group, [topic]);
      await expect.poll(() => replay.received.length, poll).toBeGreaterThanOrEqual(first.length + second.length);
      await replay.subscription.stop();
      expect(replay.received.slice(0, 10).map((r) => r.eventId)).toEqual([...first, ...second].map((r) => r.eventId));
    });
  });
}
