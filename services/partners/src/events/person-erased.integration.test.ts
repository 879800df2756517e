import { randomUUID } from 'node:crypto';
import { contracts, type EventTransport, type TransportRecord, topicOf, uuidV7 } from '@mitmach/events';
import { personErasedRecord } from '@mitmach/events/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeLog, outbox } from '../db/schema';
import { type RunningPartners, startPartners } from '../testing/start-partners';

let platform: RunningPartners;

beforeAll(async () => {
  platform = await startPartners({ events: true });
}, 120_000);
afterAll(() => platform?.stop());

/** A `people.person-changed` event as the people service's relay would put it on the transport. */
function personChange(personId: string, kind: 'created' | 'deleted', version: number): TransportRecord {
  const id = uuidV7();
  return {
    topic: topicOf(contracts.personChanged),
    key: personId,
    eventId: id,
    value: JSON.stringify({
      id,
      name: contracts.personChanged.name,
      version: 1,
      aggregateType: 'person',
      aggregateId: personId,
      occurredAt: new Date().toISOString(),
      source: 'people',
      traceparent: null,
      payload: { key: { id: personId }, kind, changedFields: [], public: kind === 'created', version },
    }),
  };
}

const loggedChangesOf = async (personId: string) =>
  (
    await platform.db
      .select({ kind: changeLog.kind })
      .from(changeLog)
      .where(and(eq(changeLog.entityType, 'person'), eq(changeLog.entityId, personId)))
  ).map((row) => row.kind);

// Changes show once every transaction older than theirs has ended, anywhere on the database server.
const waitForCommits = { timeout: 60_000, interval: 100 };

describe('a person erased in the people service', () => {
  it('leaves no change of theirs in the change log, and the erasure is acknowledged', {
    timeout: 120_000,
  }, async () => {
    const erased = randomUUID();
    const kept = randomUUID();
    const transport = platform.transport as EventTransport;
    await transport.publish([personChange(erased, 'created', 1), personChange(kept, 'created', 1)]);
    await expect.poll(() => loggedChangesOf(erased), waitForCommits).toEqual(['created']);

    // As the people service writes them: the deletion, then the erasure, on the person's topic.
    const erasure = personErasedRecord(erased);
    await transport.publish([personChange(erased, 'deleted', 2), erasure]);
    await expect
      .poll(
        async () => (await platform.db.select().from(outbox).where(eq(outbox.aggregateId, erasure.eventId))).length,
        waitForCommits,
      )
      .toBe(1);
    expect(await loggedChangesOf(erased)).toEqual([]);
    expect(await loggedChangesOf(kept)).toEqual(['created']);
    const [acknowledgement] = await platform.db.select().from(outbox).where(eq(outbox.aggregateId, erasure.eventId));
    expect(acknowledgement).toMatchObject({
      name: contracts.partnersPersonErasureApplied.name,
      payload: { erasureId: erasure.eventId },
    });
    expect(JSON.stringify(acknowledgement)).not.toContain(erased);
  });
});
