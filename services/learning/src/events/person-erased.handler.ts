import type { Db } from '@mitmach/db';
import {
  acknowledgeErasure,
  type contracts,
  deletePersonKey,
  type EventEnvelope,
  forgetDeadLettersOf,
  type PayloadOf,
} from '@mitmach/events';
import { lockPersonForErasure, recordErasedPerson } from '@mitmach/server-kit';
import { eq } from 'drizzle-orm';
import { deadLetters, enrollments, erasedPersonIds, exchangeMeetingExperts, outbox, personKeys } from '../db/schema';
import { enrollmentsChanged } from './enrollment-events';

/**
 * A person erased in the people service leaves no trace here. Their enrolments are deleted, and with them (by
 * cascade) the lessons they completed: an enrolment without its person would still be a dated learning history of
 * one member of a small regional team, and neither the table nor the API (`Enrollment.person: Person!`) has room for
 * an enrolment of nobody. Each removed enrolment is reported as withdrawn and without a person, so that the
 * statistics drop it as well. Expert entries that name the person are deleted (an entry has either a person or a
 * guest's name, so there is nothing left to keep), and enrolments the person made for others forget who made them.
 * Running it again finds nothing to remove, so a second erasure event of the same person changes nothing. The id is
 * kept as erased, so no later write brings the person back; their key is deleted, so the events that named them
 * name nobody; the dead letters that name them are deleted; and the erasure is acknowledged.
 */
export async function onPersonErased(tx: Db, event: EventEnvelope<PayloadOf<typeof contracts.personErased>>) {
  const { personId, erasedAt } = event.payload;
  await lockPersonForErasure(tx, personId);
  const removed = await tx
    .delete(enrollments)
    .where(eq(enrollments.personId, personId))
    .returning()
    .then((rows) => rows.sort((a, b) => a.enrolledAt.getTime() - b.enrolledAt.getTime() || a.id.localeCompare(b.id)));
  await tx.update(enrollments).set({ enrolledBy: null }).where(eq(enrollments.enrolledBy, personId));
  await tx.delete(exchangeMeetingExperts).where(eq(exchangeMeetingExperts.personId, personId));
  await enrollmentsChanged(
    tx,
    removed.map((enrollment) => ({ enrollment, erased: true })),
  );
  await deletePersonKey(tx, personKeys, personId);
  await recordErasedPerson(tx, erasedPersonIds, personId, new Date(erasedAt));
  await forgetDeadLettersOf(tx, deadLetters, personId);
  await acknowledgeErasure(tx, outbox, 'learning', event);
}
