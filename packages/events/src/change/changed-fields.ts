function comparable(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, item) => (item instanceof Date ? item.toISOString() : item));
}

/**
 * The fields whose value differs between an entity before a change and the values a change would give it. A field the
 * change leaves out (undefined) is unchanged; arrays compare in order, so pass sets sorted. An empty answer means the
 * change changes nothing: write no event and keep the version.
 */
export function changedFields<Field extends string>(
  fields: readonly Field[],
  before: Readonly<Partial<Record<Field, unknown>>>,
  after: Readonly<Partial<Record<Field, unknown>>>,
): Field[] {
  return fields.filter((field) => after[field] !== undefined && comparable(before[field]) !== comparable(after[field]));
}
