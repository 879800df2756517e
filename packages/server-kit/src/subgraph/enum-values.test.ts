import { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFederatedSchema } from '../schema';
import { baseSdl } from './base-sdl';
import { internalEnumValues, withInternalEnumValues } from './enum-values';

const ownSdl = /* GraphQL */ `
  enum Status {
    IN_PROGRESS
    DONE
  }

  input ItemFilter {
    statuses: [Status!]
    status: Status = DONE
  }

  type Item @key(fields: "id") {
    id: ID!
    status: Status!
    history: [Status!]!
  }

  type Query {
    item(status: Status): Item
    items(filter: ItemFilter, orderBy: Status = IN_PROGRESS): String!
    scope: CacheControlScope!
  }
`;

const received: unknown[] = [];
const item = { id: '1', status: 'in_progress', history: ['done', 'in_progress'] };
let server: ApolloServer;

beforeAll(async () => {
  const schema = buildFederatedSchema(`${baseSdl}\n${ownSdl}`, {
    Query: {
      item: (_parent: unknown, args: { status?: string }) => {
        received.push(args);
        return { ...item, status: args.status ?? item.status };
      },
      items: (_parent: unknown, args: unknown) => {
        received.push(args);
        return 'ok';
      },
      scope: () => 'PRIVATE',
    },
    Item: { __resolveReference: (reference: { id: string }) => ({ ...item, id: reference.id }) },
  });
  // Through Apollo Server rather than graphql-js's `graphql()`: the schema comes from @apollo/subgraph's copy of
  // graphql, which is not the one this file would import under vitest.
  server = new ApolloServer({ schema: withInternalEnumValues(schema, internalEnumValues(ownSdl)) });
  await server.start();
});

afterAll(() => server.stop());

async function run(query: string, variables?: Record<string, unknown>) {
  received.length = 0;
  const response = await server.executeOperation({ query, variables });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult;
}

describe('internal enum values', () => {
  it('are the lower-cased names of the enums the SDL defines', () => {
    expect(internalEnumValues(ownSdl)).toEqual({ Status: { IN_PROGRESS: 'in_progress', DONE: 'done' } });
  });

  it('serialize to their names, alone and in lists', async () => {
    expect(await run('{ item { status history } }')).toEqual({
      data: { item: { status: 'IN_PROGRESS', history: ['DONE', 'IN_PROGRESS'] } },
    });
  });

  it('reach resolvers from literal arguments and input object fields', async () => {
    expect(await run('{ item(status: DONE) { status } }')).toEqual({ data: { item: { status: 'DONE' } } });
    await run('{ items(filter: { statuses: [DONE, IN_PROGRESS], status: IN_PROGRESS }, orderBy: DONE) }');
    expect(received).toEqual([
      { filter: { statuses: ['done', 'in_progress'], status: 'in_progress' }, orderBy: 'done' },
    ]);
  });

  it('reach resolvers from variables', async () => {
    const result = await run(
      'query($status: Status, $filter: ItemFilter) { item(status: $status) { status } items(filter: $filter) }',
      { status: 'DONE', filter: { statuses: ['IN_PROGRESS'] } },
    );
    expect(result).toEqual({ data: { item: { status: 'DONE' }, items: 'ok' } });
    expect(received).toEqual([
      { status: 'done' },
      { filter: { statuses: ['in_progress'], status: 'done' }, orderBy: 'in_progress' },
    ]);
  });

  it('reach resolvers as defaults of arguments and input fields, which introspection still shows as names', async () => {
    await run('{ items(filter: {}) }');
    expect(received).toEqual([{ filter: { status: 'done' }, orderBy: 'in_progress' }]);
    const introspected = await run(`{
      query: __type(name: "Query") { fields { name args { name defaultValue } } }
      filter: __type(name: "ItemFilter") { inputFields { name defaultValue } }
    }`);
    expect(introspected.errors).toBeUndefined();
    expect(introspected.data).toMatchObject({
      query: {
        fields: expect.arrayContaining([
          {
            name: 'items',
            args: [
              { name: 'filter', defaultValue: null },
              { name: 'orderBy', defaultValue: 'IN_PROGRESS' },
            ],
          },
        ]),
      },
      filter: {
        inputFields: [
          { name: 'statuses', defaultValue: null },
          { name: 'status', defaultValue: 'DONE' },
        ],
      },
    });
  });

  it('reject values that are not names', async () => {
    const result = await run('query($status: Status) { item(status: $status) { id } }', { status: 'done' });
    expect(result.errors?.[0]?.message).toMatch(/Value "done" does not exist in "Status" enum/);
  });

  it('leave the shared enums and the federation fields as they are', async () => {
    const result = await run(`{
      _service { sdl }
      _entities(representations: [{ __typename: "Item", id: "2" }]) { ... on Item { id status } }
      scope
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({
      _entities: [{ id: '2', status: 'IN_PROGRESS' }],
      scope: 'PRIVATE',
    });
    expect(result.data?._service).toEqual({ sdl: expect.stringContaining('IN_PROGRESS') });
  });
});
