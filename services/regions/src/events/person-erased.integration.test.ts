import { randomUUID } from 'node:crypto';
import { contracts, type EventTransport } from '@mitmach/events';
import { personErasedRecord } from '@mitmach/events/testing';
import { startFederation, startForFile } from '@mitmach/testkit';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { applications, erasedPersonIds, fundingEntries, outbox, regionStatusChanges } from '../db/schema';
import { regionsSubgraph } from '../subgraph';

const { platform: federation } = await startForFile(() =>
  startFederation({ subgraphs: [regionsSubgraph], events: true }),
);
const db = federation.db;

describe('a person erased in the people service', () => {
  it('is named in no status change, decision or funding entry, and their erasure is acknowledged', {
    timeout: 90_000,
  }, async () => {
    const erased = randomUUID();
    const [change] = await db.select().from(regionStatusChanges).limit(1);
    const [application] = await db.select().from(applications).limit(1);
    const [entry] = await db.select().from(fundingEntries).limit(1);
    if (!change || !application || !entry)
      throw new Error('the demo network has no status change, application or entry');
    await db.update(regionStatusChanges).set({ changedBy: erased }).where(eq(regionStatusChanges.id, change.id));
    await db.update(applications).set({ decidedBy: erased }).where(eq(applications.id, application.id));
    await db.update(fundingEntries).set({ createdBy: erased }).where(eq(fundingEntries.id, entry.id));

    const record = personErasedRecord(erased);
    await (federation.transport as EventTransport).publish([record]);
    await expect
      .poll(async () => (await db.select().from(erasedPersonIds).where(eq(erasedPersonIds.personId, erased))).length, {
        timeout: 45_000,
        interval: 50,
      })
      .toBe(1);

    expect(await db.select().from(regionStatusChanges).where(eq(regionStatusChanges.changedBy, erased))).toEqual([]);
    expect(await db.select().from(applications).where(eq(applications.decidedBy, erased))).toEqual([]);
    expect(await db.select().from(fundingEntries).where(eq(fundingEntries.createdBy, erased))).toEqual([]);
    // What they did stays, done by a former member.
    const [kept] = await db.select().from(fundingEntries).where(eq(fundingEntries.id, entry.id));
    expect(kept).toMatchObject({ amountCents: entry.amountCents, createdBy: null });

    const acknowledgements = await db
      .select()
      .from(outbox)
      .where(eq(outbox.name, contracts.regionsPersonErasureApplied.name));
    expect(acknowledgements.map((row) => row.payload)).toEqual([
      { erasureId: record.eventId, appliedAt: expect.any(String) },
    ]);
    expect(JSON.stringify(acknowledgements)).not.toContain(erased);
  });
});
