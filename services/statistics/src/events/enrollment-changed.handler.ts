import type { Db } from '@mitmach/db';
import type { contracts, EventEnvelope, PayloadOf } from '@mitmach/events';
import { enrollmentContribution } from '../read-model/contributions';
import { applyDeltas, negate } from '../read-model/counters';
import { lockEnrollment, regionById, saveEnrollment, upsertLearningTarget } from '../read-model/read-model.repository';

/**
 * An enrollment's newest change replaces what it counted before. The event carries no enrollment date, so the
 * earliest change seen stands for it; a late event may move that date back and changes nothing else. It counts in the
 * country of the region the person learns for, once that region is known.
 */
export async function onEnrollmentChanged(tx: Db, event: EventEnvelope<PayloadOf<typeof contracts.enrollmentChanged>>) {
  const { enrollmentId, target, status, completedAt, changedAt } = event.payload;
  const at = new Date(changedAt);
  await upsertLearningTarget(tx, { targetId: target.id, kind: target.kind, title: target.title, titleAt: at });
  const held = await lockEnrollment(tx, enrollmentId);
  const enrolledAt = held && held.enrolledAt < at ? held.enrolledAt : at;
  const newer = !held || at >= held.changedAt;
  const state = newer
    ? {
        enrollmentId,
        targetId: target.id,
        targetKind: target.kind,
        regionId: event.payload.regionId ?? held?.regionId ?? null,
        status,
        enrolledAt,
        completedAt: completedAt ? new Date(completedAt) : null,
        changedAt: at,
      }
    : { ...held, enrolledAt };
  const contribution = enrollmentContribution(state, state.regionId ? await regionById(tx, state.regionId) : null);
  await applyDeltas(tx, [...negate(held?.contribution ?? []), ...contribution]);
  await saveEnrollment(tx, { ...state, contribution });
}
