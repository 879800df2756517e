import { type Db, selectRows } from '@mitmach/db';
import { type ChangePayload, type EventEnvelope, encodeChangeCursor } from '@mitmach/events';
import { sql } from 'drizzle-orm';
import { changeLog } from '../../db/schema';
import { fanOut, type WebhookMessage } from './webhook-fan-out';

/** The webhook a change of a public entity makes, if any; `wasPublic` tells whether the entity was public before. */
export function webhookOfChange(
  event: EventEnvelope<ChangePayload>,
  wasPublic: boolean,
  changeCursor: string,
): WebhookMessage | null {
  const { payload } = event;
  const data = {
    entityType: event.aggregateType,
    id: payload.key.id ?? event.aggregateId,
    kind: payload.kind,
    changedFields: payload.changedFields,
    version: payload.version,
    inPublicView: payload.public,
    ...(payload.status === undefined ? {} : { status: payload.status }),
    changeCursor,
  };
  const becamePublic = payload.public && !wasPublic;
  switch (event.aggregateType) {
    case 'region':
      return payload.public || wasPublic ? { type: 'region.changed', data } : null;
    case 'conference':
      // A draft called off was never public: partners never heard of it, so they hear nothing of its end either.
      if (payload.status === 'cancelled' && payload.changedFields.includes('status')) {
        return wasPublic ? { type: 'conference.cancelled', data } : null;
      }
      if (becamePublic) return { type: 'conference.published', data };
      return payload.public || wasPublic ? { type: 'conference.changed', data } : null;
    case 'action':
      return becamePublic ? { type: 'action.published', data } : null;
    case 'adoption':
      return payload.kind === 'created' && payload.public ? { type: 'adoption.started', data } : null;
    default:
      return null;
  }
}

/**
 * Fans a change out to the subscriptions that want it, once it is in the change log: the log tells whether the
 * entity was public before, and the delivery carries the change's cursor in the feed.
 */
export async function fanOutChange(tx: Db, event: EventEnvelope<ChangePayload>): Promise<void> {
  const [logged] = await selectRows<{ tx: string; position: string | number; was_public: boolean }>(
    tx,
    sql`select c.tx::text as tx, c.position,
          exists (select 1 from ${changeLog} p where p.entity_type = c.entity_type and p.entity_id = c.entity_id
                  and p.public and p.event_id <> c.event_id) as was_public
        from ${changeLog} c where c.event_id = ${event.id}`,
  );
  if (!logged) return;
  const message = webhookOfChange(
    event,
    logged.was_public,
    encodeChangeCursor({ tx: logged.tx, position: Number(logged.position) }),
  );
  if (message) await fanOut(tx, event, message);
}
