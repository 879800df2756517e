import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { tagsOfChange } from './change-invalidation';
import { entityTags, operationTags, typeNameOf } from './tags';

const schema = buildSchema(`
  type Query { regions: [Region!]! }
  type Region { id: ID! name: String! peerGroup: PeerGroup }
  type PeerGroup { id: ID! name: String! }
`);

describe('response cache tags', () => {
  it('tags the types an operation selects, and those it reads without their id as untracked', () => {
    const tags = operationTags(schema, parse('{ regions { id name peerGroup { name } } }'));
    expect(tags.sort()).toEqual(['type:PeerGroup', 'type:Region', 'untracked:PeerGroup']);
  });

  it('tags every UUID in the data, whatever the field is called', () => {
    const id = '0190f3c4-7a1b-7c2d-8e3f-4a5b6c7d8e9f';
    expect(entityTags({ regions: [{ key: id.toUpperCase(), name: 'not-a-uuid' }] })).toEqual([`id:${id}`]);
  });

  it('drops by a change: the entity, untracked reads of its type, and its lists when one is created or hidden', () => {
    const id = '0190f3c4-7a1b-7c2d-8e3f-4a5b6c7d8e9f';
    expect(typeNameOf('peer-group')).toBe('PeerGroup');
    expect(tagsOfChange('region', { key: { id }, kind: 'updated', public: true })).toEqual([
      `id:${id}`,
      'untracked:Region',
    ]);
    expect(tagsOfChange('region', { key: { id }, kind: 'created', public: true })).toContain('type:Region');
    expect(tagsOfChange('region', { key: { id }, kind: 'updated', public: false })).toContain('type:Region');
  });
});
