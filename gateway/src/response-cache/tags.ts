import {
  type DocumentNode,
  type FieldNode,
  GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function selectsId(field: FieldNode): boolean {
  return (
    field.selectionSet?.selections.some(
      (selection) => selection.kind === Kind.FIELD && selection.name.value === 'id' && !selection.directives?.length,
    ) ?? false
  );
}

/**
 * What the operation makes an answer depend on beyond the entities it names: `type:<Name>` for every object type it
 * selects (a list of that type may grow or shrink), and `untracked:<Name>` where it reads an entity without its id
 * (so a change of any entity of that type may concern it).
 */
export function operationTags(schema: GraphQLSchema, document: DocumentNode): string[] {
  const tags = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(field) {
        const type = typeInfo.getType();
        const named = type ? getNamedType(type) : null;
        if (!(named instanceof GraphQLObjectType)) return;
        tags.add(`type:${named.name}`);
        if (named.getFields().id && !selectsId(field)) tags.add(`untracked:${named.name}`);
      },
    }),
  );
  return [...tags];
}

/**
 * operationTags, walked once per document: Apollo keeps one parsed document per query text, so a repeated query
 * costs a lookup.
 */
export function documentTagger(schema: GraphQLSchema): (document: DocumentNode) => string[] {
  const tagsOfDocument = new WeakMap<DocumentNode, string[]>();
  return (document) => {
    let tags = tagsOfDocument.get(document);
    if (!tags) {
      tags = operationTags(schema, document);
      tagsOfDocument.set(document, tags);
    }
    return tags;
  };
}

/** `id:<uuid>` for every UUID in the answer's data, under whatever name: each entity it holds or points to. */
export function entityTags(data: unknown): string[] {
  const tags = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      if (value.length === 36 && uuid.test(value)) tags.add(`id:${value.toLowerCase()}`);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item);
    } else if (value && typeof value === 'object') {
      for (const inner of Object.values(value)) walk(inner);
    }
  };
  walk(data);
  return [...tags];
}

/** The GraphQL type name of a change event's entity: `peer-group` → `PeerGroup`. */
export function typeNameOf(entity: string): string {
  return entity
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}
