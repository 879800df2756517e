import type { ServiceName } from '@mitmach/registry';
import { z } from 'zod';
import { defineEvent } from '../contract';
import { dateTime, uuid } from './common';

/**
 * The services that hold references to people and therefore apply an erasure of their own. The people service
 * applies it in the erasing transaction and collects the others' acknowledgements.
 */
export const erasingServices = [
  'regions',
  'conferences',
  'learning',
  'action-pool',
  'partners',
] as const satisfies readonly ServiceName[];
export type ErasingService = (typeof erasingServices)[number];

function personErasureApplied(source: ErasingService) {
  return defineEvent({
    name: `${source}.person-erasure-applied`,
    version: 1,
    description:
      `The ${source} service applied an erasure (\`people.person-erased\`): it holds nothing about the person but ` +
      'the erased id. Names the erasure by the id of its event only, so the acknowledgement carries no person.',
    source,
    aggregateType: 'person-erasure',
    consumers: ['people'],
    payload: z.object({ erasureId: uuid, appliedAt: dateTime }),
    example: { erasureId: '0192f3a4-8c1e-7b2d-9f00-1a2b3c4d5e6f', appliedAt: '2026-12-01T10:00:00.000Z' },
  });
}

export const regionsPersonErasureApplied = personErasureApplied('regions');
export const conferencesPersonErasureApplied = personErasureApplied('conferences');
export const learningPersonErasureApplied = personErasureApplied('learning');
export const actionPoolPersonErasureApplied = personErasureApplied('action-pool');
export const partnersPersonErasureApplied = personErasureApplied('partners');

/** The acknowledgement contract of each service that applies erasures. */
export const personErasureAppliedBy = {
  regions: regionsPersonErasureApplied,
  conferences: conferencesPersonErasureApplied,
  learning: learningPersonErasureApplied,
  'action-pool': actionPoolPersonErasureApplied,
  partners: partnersPersonErasureApplied,
} as const satisfies Record<ErasingService, unknown>;
