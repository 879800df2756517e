import type { Db } from '@mitmach/db';
import { contracts, type PayloadOf, writeEvent } from '@mitmach/events';
import { outbox } from '../db/schema';

type Notice = PayloadOf<typeof contracts.applicationNotice>;

/** Tells the people service what its contact person should hear about an application made without an account. */
export function applicationNotice(db: Db, notice: Omit<Notice, 'noticeAt'>, now = new Date()) {
  return writeEvent(db, outbox, contracts.applicationNotice, {
    aggregateId: notice.applicantId,
    occurredAt: now,
    payload: { ...notice, noticeAt: now.toISOString() },
  });
}
