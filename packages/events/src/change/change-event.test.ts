import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { validatePayload } from '../envelope';
import { defineChangeEvent } from './change-event';
import { changedFields } from './changed-fields';

const sessionChanged = defineChangeEvent({
  source: 'conferences',
  entity: 'session',
  description: 'A session of a conference agenda changed.',
  keyFields: ['id', 'conferenceId'],
  fields: ['title', 'startsAt', 'speakers'],
});

describe('change event contract', () => {
  it('is named after its service and entity and shares the entity topic', () => {
    expect(sessionChanged).toMatchObject({
      name: 'conferences.session-changed',
      version: 1,
      aggregateType: 'session',
      keyFields: ['id', 'conferenceId'],
    });
  });

  it('accepts ids, a kind, field names, visibility and a version, and its own example', () => {
    const payload = {
      key: { id: randomUUID(), conferenceId: randomUUID() },
      kind: 'updated',
      changedFields: ['title', 'startsAt'],
      public: true,
      version: 3,
    };
    expect(validatePayload(sessionChanged, payload)).toEqual(payload);
    expect(() => validatePayload(sessionChanged, sessionChanged.example)).not.toThrow();
  });

  it('refuses anything beyond ids and field names, so no personal data can travel in it', () => {
    const valid = {
      key: { id: randomUUID(), conferenceId: randomUUID() },
      kind: 'created',
      changedFields: ['title'],
      public: false,
      version: 1,
    };
    const refusals: [unknown, RegExp][] = [
      [{ ...valid, email: 'anna@example.org' }, /Unrecognized key: "email"/],
      [{ ...valid, key: { ...valid.key, name: 'Anna' } }, /key: Unrecognized key: "name"/],
      [{ ...valid, key: { id: 'anna', conferenceId: randomUUID() } }, /key\.id: /],
      [{ ...valid, changedFields: ['email'] }, /changedFields\.0: /],
      [{ ...valid, changedFields: ['title', 'title'] }, /names a field twice/],
      [{ ...valid, kind: 'renamed' }, /kind: /],
      [{ ...valid, version: 0 }, /version: /],
      [{ ...valid, public: 'yes' }, /public: /],
    ];
    for (const [payload, message] of refusals) {
      expect(() => validatePayload(sessionChanged, payload)).toThrow(message);
    }
  });

  it('refuses field names that are not camelCase identifiers when defined', () => {
    expect(() =>
      defineChangeEvent({ source: 'regions', entity: 'region', description: '', fields: ['first name'] }),
    ).toThrow(/"first name" is not a camelCase field name/);
  });
});

describe('changedFields', () => {
  const fields = ['name', 'startsOn', 'tags', 'website'] as const;
  const before = { name: 'Wendland', startsOn: new Date('2025-01-01T00:00:00Z'), tags: ['a', 'b'], website: null };

  it('names the fields whose values differ, and none for a change that changes nothing', () => {
    expect(changedFields(fields, before, { name: 'Wendland', tags: ['a', 'b'], website: null })).toEqual([]);
    expect(changedFields(fields, before, { startsOn: new Date('2025-01-01T00:00:00Z') })).toEqual([]);
    expect(changedFields(fields, before, { name: 'Wendland-Ost', tags: ['a'], website: 'https://x.example' })).toEqual([
      'name',
      'tags',
      'website',
    ]);
    expect(changedFields(fields, before, { startsOn: new Date('2025-02-01T00:00:00Z') })).toEqual(['startsOn']);
  });

  it('leaves out fields the change does not set', () => {
    expect(changedFields(fields, before, { name: undefined })).toEqual([]);
  });
});
