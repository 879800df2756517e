import { randomUUID } from 'node:crypto';
import type { Db } from '@mitmach/db';
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type MailOutboxRow, mailOutbox, type NewMail } from '../../db/schema';

const messageIdDomain = 'mitmach-regionen.org';

/** Queues a message in the caller's transaction; its Message-ID is fixed now, so every send of it carries the same. */
export async function queueMail(db: Db, mail: Omit<NewMail, 'messageId'>): Promise<MailOutboxRow> {
  const [row] = await db
    .insert(mailOutbox)
    .values({ ...mail, messageId: `<${randomUUID()}@${messageIdDomain}>` })
    .returning();
  if (!row) throw new Error('insert into mail_outbox returned no row');
  return row;
}

/**
 * Takes up to `limit` due messages and moves their next attempt `leaseMs` on in one statement, so that no other worker
 * takes them while they are sent and they come back if this one dies mid-send.
 */
export function claimDueMails(db: Db, limit: number, leaseMs: number): Promise<MailOutboxRow[]> {
  const candidate = alias(mailOutbox, 'candidate');
  const due = db
    .select({ id: candidate.id })
    .from(candidate)
    .where(and(eq(candidate.status, 'pending'), lte(candidate.nextAttemptAt, sql`now()`)))
    .orderBy(asc(candidate.nextAttemptAt))
    .limit(limit)
    .for('update', { of: candidate, skipLocked: true });
  return db
    .update(mailOutbox)
    .set({ nextAttemptAt: sql`now() + ${`${leaseMs} milliseconds`}::interval` })
    .where(inArray(mailOutbox.id, due))
    .returning();
}

export function recordMailAttempt(db: Db, id: string, changes: Partial<NewMail>) {
  return db
    .update(mailOutbox)
    .set({ ...changes, attempts: sql`${mailOutbox.attempts} + 1` })
    .where(eq(mailOutbox.id, id));
}
