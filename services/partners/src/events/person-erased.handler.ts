import type { Db } from '@mitmach/db';
import {
  acknowledgeErasure,
  type contracts,
  type EventEnvelope,
  forgetDeadLettersOf,
  type PayloadOf,
} from '@mitmach/events';
import { and, eq } from 'drizzle-orm';
import { changeLog, deadLetters, outbox } from '../db/schema';

/**
 * The change log keeps a person's changes by their id; an erased person's rows go, so do the dead letters that name
 * them, and the erasure is acknowledged. Partners lose nothing by it: the public feed and the webhooks tell of
 * regions, conferences, actions and adoptions, never of people (a region's team changes under the membership's id),
 * so no partner copy waits for a person's deletion. The people service writes the person's deletion before their
 * erasure on the same topic, so it is logged before this removes it, and nothing about the person comes after.
 */
export async function onPersonErased(tx: Db, event: EventEnvelope<PayloadOf<typeof contracts.personErased>>) {
  const { personId } = event.payload;
  await tx.delete(changeLog).where(and(eq(changeLog.entityType, 'person'), eq(changeLog.entityId, personId)));
  await forgetDeadLettersOf(tx, deadLetters, personId);
  await acknowledgeErasure(tx, outbox, 'partners', event);
}
