import type { Db } from '@mitmach/db';
import type { EventEnvelope } from '../envelope';
import type { OutboxTable } from '../outbox/outbox-table';
import { writeEvent } from '../outbox/write-event';
import type { ChangeEventContract, ChangeKind, ChangePayload } from './change-event';

export interface Change<Key extends string, Field extends string> {
  key: Record<Key, string>;
  kind: ChangeKind;
  /** For `created`, every field of the contract unless given; for `deleted`, none unless given. */
  changedFields?: readonly Field[];
  public: boolean;
  version: number;
  /** The entity's status after the change; required by contracts that name their statuses, refused by others. */
  status?: string;
  occurredAt?: Date;
}

function defaultFields<Field extends string>(kind: ChangeKind, fields: readonly Field[]): readonly Field[] {
  if (kind === 'created') return fields;
  if (kind === 'deleted') return [];
  throw new Error(`A change of kind ${kind} names the fields it changed`);
}

/**
 * Writes the change event of one entity to the service's outbox, in the transaction that made the change. The event is
 * keyed by the entity (its key values joined), so changes of one entity keep their order on every transport.
 */
export function writeChange<Key extends string, Field extends string>(
  db: Db,
  outbox: OutboxTable,
  contract: ChangeEventContract<Key, Field>,
  change: Change<Key, Field>,
): Promise<EventEnvelope<ChangePayload<Key, Field>>> {
  const payload: ChangePayload<Key, Field> = {
    key: change.key,
    kind: change.kind,
    changedFields: [...(change.changedFields ?? defaultFields(change.kind, contract.fields))],
    public: change.public,
    version: change.version,
    ...(change.status === undefined ? {} : { status: change.status }),
  };
  return writeEvent(db, outbox, contract, {
    aggregateId: contract.keyFields.map((name) => change.key[name]).join(':'),
    payload: payload as never,
    ...(change.occurredAt ? { occurredAt: change.occurredAt } : {}),
  }) as Promise<EventEnvelope<ChangePayload<Key, Field>>>;
}

/** The change of an entity keyed by its id that anyone may read in every state it can be in. */
export function writePublicChange<Field extends string>(
  db: Db,
  outbox: OutboxTable,
  contract: ChangeEventContract<'id', Field>,
  entity: { id: string; version: number },
  kind: ChangeKind,
  changedFields?: readonly Field[],
) {
  return writeChange(db, outbox, contract, {
    key: { id: entity.id },
    kind,
    ...(changedFields ? { changedFields } : {}),
    public: true,
    version: entity.version,
  });
}
