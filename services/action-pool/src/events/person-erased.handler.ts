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
import { actionStatusChanges, actions, adoptions, deadLetters, erasedPersonIds, outbox } from '../db/schema';

/**
 * A person erased in the people service is named nowhere here any more: the actions and adoptions they created and
 * the status changes they made stay, made by a former member (no one). Their id is kept as erased, the dead letters
 * that name them are deleted, and the erasure acknowledged.
 */
export async function onPersonErased(tx: Db, event: EventEnvelope<PayloadOf<typeof contracts.personErased>>) {
  const { personId, erasedAt } = event.payload;
  await lockPersonForErasure(tx, personId);
  await tx.update(actions).set({ createdBy: null }).where(eq(actions.createdBy, personId));
  await tx.update(actionStatusChanges).set({ changedBy: null }).where(eq(actionStatusChanges.changedBy, personId));
  await tx.update(adoptions).set({ createdBy: null }).where(eq(adoptions.createdBy, personId));
  await recordErasedPerson(tx, erasedPersonIds, personId, new Date(erasedAt));
  await forgetDeadLettersOf(tx, deadLetters, personId);
  await acknowledgeErasure(tx, outbox, 'action-pool', event);
}
