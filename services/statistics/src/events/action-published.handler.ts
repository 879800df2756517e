import type { Db } from '@mitmach/db';
import type { contracts, EventEnvelope, PayloadOf } from '@mitmach/events';
import { actionContribution } from '../read-model/contributions';
import { applyDeltas, fieldSet, negate } from '../read-model/counters';
import { lockAction, saveAction } from '../read-model/read-model.repository';
import { reattributeAdoptionsOfAction } from './reattribution';

/**
 * An action counts as published in the month of its first publication; a later publication may change its title,
 * fields and home, an earlier one arriving late only moves the month. Adoptions take the action's fields of action.
 */
export async function onActionPublished(tx: Db, event: EventEnvelope<PayloadOf<typeof contracts.actionPublished>>) {
  const { actionId, title, originRegionId, country, fieldsOfAction, publishedAt } = event.payload;
  const at = new Date(publishedAt);
  const held = await lockAction(tx, actionId);
  const newer = !held || at >= held.publishedAt;
  const description = newer
    ? { title, originRegionId, country, fields: fieldSet(fieldsOfAction), publishedAt: at }
    : {
        title: held.title,
        originRegionId: held.originRegionId,
        country: held.country,
        fields: held.fields,
        publishedAt: held.publishedAt,
      };
  const state = {
    actionId,
    ...description,
    firstPublishedAt: held && held.firstPublishedAt < at ? held.firstPublishedAt : at,
  };
  const contribution = actionContribution(state);
  await applyDeltas(tx, [...negate(held?.contribution ?? []), ...contribution]);
  await saveAction(tx, { ...state, contribution });
  await reattributeAdoptionsOfAction(tx, actionId);
}
