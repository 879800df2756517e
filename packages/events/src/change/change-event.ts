import { z } from 'zod';
import { defineEvent, type EventContract, type ServiceName } from '../contract';

/** What a change did to its entity, as consumers tell stale and public copies apart. */
export const changeKinds = ['created', 'updated', 'status_changed', 'withdrawn', 'deleted'] as const;
export type ChangeKind = (typeof changeKinds)[number];

const fieldName = /^[a-z][A-Za-z0-9]*$/;

function changePayload<Key extends string, Field extends string>(
  keyFields: readonly Key[],
  fields: readonly Field[],
  statuses: readonly string[] | undefined,
) {
  const key = z.strictObject(Object.fromEntries(keyFields.map((name) => [name, z.uuid()])) as Record<Key, z.ZodUUID>);
  return z.strictObject({
    key,
    kind: z.enum(changeKinds),
    changedFields: z
      .array(z.enum(fields as unknown as [Field, ...Field[]]))
      .refine((names) => new Set(names).size === names.length, 'names a field twice'),
    public: z.boolean(),
    version: z.number().int().positive(),
    // Only contracts that name their statuses carry one; every event of such a contract does.
    ...(statuses ? { status: z.enum(statuses as [string, ...string[]]) } : {}),
  });
}

export type ChangePayload<Key extends string = string, Field extends string = string> = {
  key: Record<Key, string>;
  kind: ChangeKind;
  changedFields: Field[];
  public: boolean;
  version: number;
  /** The entity's status after the change, in contracts that name their statuses. */
  status?: string;
};

/**
 * A `<service>.<entity>-changed` event: the key of the entity, its kind of change, the names of the fields that
 * changed, whether the entity is public afterwards and its new version. The payload is strict and holds ids and field
 * names only, so no personal data can travel in it.
 */
export interface ChangeEventContract<Key extends string = string, Field extends string = string>
  extends EventContract<ReturnType<typeof changePayload<Key, Field>>> {
  readonly entity: string;
  readonly keyFields: readonly Key[];
  readonly fields: readonly Field[];
  /** The statuses the entity can be in, when each event tells the status after the change. */
  readonly statuses?: readonly string[];
}

export interface ChangeEventDefinition<Key extends string, Field extends string> {
  source: ServiceName;
  /** The entity in kebab case, e.g. `peer-group`; also the aggregate type, so the event shares its entity's topic. */
  entity: string;
  description: string;
  /** The fields a change may name; public data only, as the fields the API shows. */
  fields: readonly Field[];
  /** The entity's key; `id` unless given. */
  keyFields?: readonly Key[];
  /**
   * The statuses of the entity, when consumers need to know which one a change left it in (a cancellation is a change
   * of status that partners are told about by name); every event then carries `status`.
   */
  statuses?: readonly string[];
  consumers?: readonly ServiceName[];
  /** 1 unless an older event of the same name with another payload exists; each version has its own topic. */
  version?: number;
}

export function defineChangeEvent<Field extends string, Key extends string = 'id'>(
  definition: ChangeEventDefinition<Key, Field>,
): ChangeEventContract<Key, Field> {
  const keyFields = definition.keyFields ?? (['id'] as unknown as readonly Key[]);
  for (const name of [...keyFields, ...definition.fields]) {
    if (!fieldName.test(name)) throw new Error(`${definition.entity}: "${name}" is not a camelCase field name`);
  }
  const contract = defineEvent({
    name: `${definition.source}.${definition.entity}-changed`,
    version: definition.version ?? 1,
    description: definition.description,
    source: definition.source,
    aggregateType: definition.entity,
    consumers: definition.consumers ?? [],
    payload: changePayload(keyFields, definition.fields, definition.statuses),
    example: {
      key: Object.fromEntries(
        keyFields.map((name, index) => [name, `0193a5c2-7b1e-7c3a-9f2d-4e5b6c7d8e${(index + 10).toString(16)}f`]),
      ),
      kind: 'updated',
      changedFields: definition.fields.slice(0, 2) as Field[],
      public: true,
      version: 4,
      ...(definition.statuses ? { status: definition.statuses.at(-1) } : {}),
    } as never,
  });
  return {
    ...contract,
    entity: definition.entity,
    keyFields,
    fields: definition.fields,
    ...(definition.statuses ? { statuses: definition.statuses } : {}),
  };
}

export function isChangeEvent(contract: EventContract): contract is ChangeEventContract {
  return 'keyFields' in contract && 'fields' in contract;
}
