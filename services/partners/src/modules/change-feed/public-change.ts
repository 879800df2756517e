import type { LoggedChange } from '@mitmach/events';

/** The entity types of the change log that the public feed shows, by the feed's name for them. */
export const publicEntityTypes = { region: 'region', conference: 'conference', action: 'action' } as const;
export type PublicChangeType = keyof typeof publicEntityTypes;

export interface PublicChange {
  type: PublicChangeType;
  id: string;
  kind: LoggedChange['kind'];
  changedFields: string[];
  version: number;
  inPublicView: boolean;
  removalReason: string | null;
  occurredAt: Date;
}

const removalReasons: Partial<Record<LoggedChange['kind'], string>> = {
  withdrawn: 'withdrawn from the public view',
  deleted: 'deleted',
};

/**
 * What a partner sees of a logged change, or null when the change is none of its business: a change of an entity
 * that is not public and never was (a draft being edited). `wasPublic` tells whether the entity was public before.
 */
export function publicChangeOf(change: LoggedChange, wasPublic: boolean): PublicChange | null {
  const type = (Object.keys(publicEntityTypes) as PublicChangeType[]).find(
    (name) => publicEntityTypes[name] === change.entityType,
  );
  if (!type) return null;
  const removed = !change.public;
  if (removed && !wasPublic && !removalReasons[change.kind]) return null;
  return {
    type,
    id: change.key.id ?? change.entityId,
    kind: change.kind,
    changedFields: change.changedFields,
    version: change.version,
    inPublicView: change.public,
    removalReason: removed ? (removalReasons[change.kind] ?? 'no longer public') : null,
    occurredAt: change.occurredAt,
  };
}
