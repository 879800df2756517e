import type { Db } from '@mitmach/db';
import {
  acknowledgeErasure,
  type contracts,
  type EventEnvelope,
  forgetDeadLettersOf,
  type PayloadOf,
} from '@mitmach/events';
import { lockPersonForErasure, recordErasedPerson } from '@mitmach/server-kit';
import { eq } from 'drizzle-orm';
import { applications, deadLetters, erasedPersonIds, fundingEntries, outbox, regionStatusChanges } from '../db/schema';

/**
 * A person erased in the people service is named nowhere here any more: the status changes, decisions and funding
 * entries they made stay, made by a former member (no one). Their id is kept as erased, the dead letters that name
 * them are deleted, and the erasure acknowledged.
 */
export async function onPersonErased(tx: Db, event: EventEnvelope<PayloadOf<typeof contracts.personErased>>) {
  const { personId, erasedAt } = event.payload;
  await lockPersonForErasure(tx, personId);
  await tx.update(regionStatusChanges).set({ changedBy: null }).where(eq(regionStatusChanges.changedBy, personId));
  await tx.update(applications).set({ decidedBy: null }).where(eq(applications.decidedBy, personId));
  await tx.update(fundingEntries).set({ createdBy: null }).where(eq(fundingEntries.createdBy, personId));
  await recordErasedPerson(tx, erasedPersonIds, personId, new Date(erasedAt));
  await forgetDeadLettersOf(tx, deadLetters, personId);
  await acknowledgeErasure(tx, outbox, 'regions', event);
}
