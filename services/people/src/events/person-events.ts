import type { Db } from '@mitmach/db';
import { contracts, writeEvent } from '@mitmach/events';
import { outbox } from '../db/schema';

/** Tells every service holding references to the person to remove or anonymise them; in the erasing transaction. */
export function personErased(db: Db, person: { id: string; erasedAt: Date }) {
  return writeEvent(db, outbox, contracts.personErased, {
    aggregateId: person.id,
    occurredAt: person.erasedAt,
    payload: { personId: person.id, erasedAt: person.erasedAt.toISOString() },
  });
}
