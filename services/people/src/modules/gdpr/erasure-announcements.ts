import { type Db, selectRows } from '@mitmach/db';
import { contracts, type EventTransport, erasingServices, topicOf } from '@mitmach/events';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { erasedPersonIds, erasureAcknowledgements, outbox } from '../../db/schema';

/** The topic of this service's events about a person entity, which are keyed by the person's id. */
const personTopic = topicOf(contracts.personErased);

/**
 * Deletes this service's own events about erased people (`people.person-erased` and `people.person-changed`, which
 * name the person by id in clear) from its outbox and from the transport's event log, once every service has
 * acknowledged the erasure: no one needs the announcement any more, and the erased-ids record is then the only place
 * the id is kept. An erasure whose events are not all published yet waits for the next round. Returns how many
 * erasures it finished.
 */
export async function removeErasureAnnouncements(db: Db, transport: EventTransport): Promise<number> {
  if (personTopic !== topicOf(contracts.personChanged)) {
    throw new Error('the erasure and the changes of a person must share a topic, in the order they were written');
  }
  const due = await selectRows<{ person_id: string }>(
    db,
    sql`select e.person_id from ${erasedPersonIds} e
        where e.announcements_removed_at is null
          and (select count(*) from ${erasureAcknowledgements} a
               where a.erasure_id = e.erasure_id and a.service in (${sql.join(
                 erasingServices.map((service) => sql`${service}`),
                 sql`, `,
               )})) = ${erasingServices.length}
          and not exists (select 1 from ${outbox} o where o.aggregate_type = 'person'
                          and o.aggregate_id = e.person_id::text and o.published_at is null)
        order by e.erased_at limit 100`,
  );
  for (const { person_id: personId } of due) {
    // The log first: were this interrupted, the unmarked erasure comes round again and finds the rest.
    await transport.forgetKey(personTopic, personId);
    await db.transaction(async (tx) => {
      await tx.delete(outbox).where(and(eq(outbox.aggregateType, 'person'), eq(outbox.aggregateId, personId)));
      await tx
        .update(erasedPersonIds)
        .set({ announcementsRemovedAt: new Date() })
        .where(and(eq(erasedPersonIds.personId, personId), isNull(erasedPersonIds.announcementsRemovedAt)));
    });
  }
  return due.length;
}
