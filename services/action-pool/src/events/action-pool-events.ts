import type { Db } from '@mitmach/db';
import { contracts, writeEvent } from '@mitmach/events';
import { type ActionRow, type AdoptionRow, outbox } from '../db/schema';

type Country = 'DE' | 'AT' | 'CH' | 'IT';

/** An action went public: written when it becomes PUBLISHED, in the transaction that publishes it. */
export function actionPublished(db: Db, action: ActionRow) {
  if (!action.publishedAt) throw new Error(`action ${action.id} is reported as published but has no publishedAt`);
  return writeEvent(db, outbox, contracts.actionPublished, {
    aggregateId: action.id,
    occurredAt: action.publishedAt,
    payload: {
      actionId: action.id,
      title: action.title,
      originRegionId: action.originRegionId,
      country: action.originCountry as Country,
      fieldsOfAction: [...action.fieldSlugs],
      sdgs: [...action.sdgs],
      publishedAt: action.publishedAt.toISOString(),
    },
  });
}

/** A region started an action, or its adoption moved on: written with the adoption's state after the change. */
export function adoptionChanged(db: Db, adoption: AdoptionRow) {
  return writeEvent(db, outbox, contracts.adoptionChanged, {
    aggregateId: adoption.id,
    occurredAt: adoption.updatedAt,
    payload: {
      adoptionId: adoption.id,
      actionId: adoption.actionId,
      regionId: adoption.regionId,
      status: adoption.status,
      startedOn: adoption.startedOn,
      completedOn: adoption.completedOn,
      changedAt: adoption.updatedAt.toISOString(),
    },
  });
}
