import type { Db } from '@mitmach/db';
import { contracts, type ErasingService, type EventEnvelope, erasingServices, on } from '@mitmach/events';
import { eq } from 'drizzle-orm';
import { erasedPersonIds, erasureAcknowledgements } from '../db/schema';

type Acknowledgement = EventEnvelope<{ erasureId: string; appliedAt: string }>;

/**
 * Notes that one service applied an erasure; a repeated acknowledgement keeps the first date. One of an erasure
 * announced again since (after a backup was restored) no longer counts: the status waits for the new one.
 */
function onErasureApplied(service: ErasingService) {
  return async (tx: Db, event: Acknowledgement) => {
    const [current] = await tx
      .select({ erasureId: erasedPersonIds.erasureId })
      .from(erasedPersonIds)
      .where(eq(erasedPersonIds.erasureId, event.payload.erasureId));
    if (!current) return;
    await tx
      .insert(erasureAcknowledgements)
      .values({ erasureId: event.payload.erasureId, service, appliedAt: new Date(event.payload.appliedAt) })
      .onConflictDoNothing();
  };
}

/** The people service follows every service's acknowledgement of an erasure: the erasure status. */
export const erasureAppliedHandlers = erasingServices.map((service) =>
  on(contracts.personErasureAppliedBy[service], onErasureApplied(service)),
);
