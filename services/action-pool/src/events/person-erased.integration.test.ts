import { randomUUID } from 'node:crypto';
import { contracts, type EventTransport } from '@mitmach/events';
import { personErasedRecord } from '@mitmach/events/testing';
import { startFederation, startForFile } from '@mitmach/testkit';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { actionStatusChanges, actions, adoptions, erasedPersonIds, outbox } from '../db/schema';
import { actionPoolSubgraph } from '../subgraph';

const { platform: federation } = await startForFile(() =>
  startFederation({ subgraphs: [actionPoolSubgraph], events: true }),
);
const db = federation.db;

describe('a person erased in the people service', () => {
  it('authored no action, adoption or status change any more, and their erasure is acknowledged', {
    timeout: 90_000,
  }, async () => {
    const erased = randomUUID();
    const [action] = await db.select().from(actions).limit(1);
    const [change] = await db.select().from(actionStatusChanges).limit(1);
    const [adoption] = await db.select().from(adoptions).limit(1);
    if (!action || !change || !adoption) throw new Error('the demo network has no action, status change or adoption');
    await db.update(actions).set({ createdBy: erased }).where(eq(actions.id, action.id));
    await db.update(actionStatusChanges).set({ changedBy: erased }).where(eq(actionStatusChanges.id, change.id));
    await db.update(adoptions).set({ createdBy: erased }).where(eq(adoptions.id, adoption.id));

    const record = personErasedRecord(erased);
    await (federation.transport as EventTransport).publish([record]);
    await expect
      .poll(async () => (await db.select().from(erasedPersonIds).where(eq(erasedPersonIds.personId, erased))).length, {
        timeout: 45_000,
        interval: 50,
      })
      .toBe(1);

    expect(await db.select().from(actions).where(eq(actions.createdBy, erased))).toEqual([]);
    expect(await db.select().from(actionStatusChanges).where(eq(actionStatusChanges.changedBy, erased))).toEqual([]);
    expect(await db.select().from(adoptions).where(eq(adoptions.createdBy, erased))).toEqual([]);
    // The action stays in the pool, created by a former member.
    const [kept] = await db.select().from(actions).where(eq(actions.id, action.id));
    expect(kept).toMatchObject({ title: action.title, status: action.status, createdBy: null });

    const acknowledgements = await db
      .select()
      .from(outbox)
      .where(eq(outbox.name, contracts.actionPoolPersonErasureApplied.name));
    expect(acknowledgements.map((row) => row.payload)).toEqual([
      { erasureId: record.eventId, appliedAt: expect.any(String) },
    ]);
    expect(JSON.stringify(acknowledgements)).not.toContain(erased);
  });
});
