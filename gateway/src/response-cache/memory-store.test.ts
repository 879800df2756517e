import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './memory-store';
import type { CachedResponse } from './store';

const response = (body: string, maxAgeSeconds = 60): CachedResponse => ({
  body,
  contentType: 'application/json',
  etag: '"e"',
  storedAt: Date.now(),
  maxAgeSeconds,
});

describe('memory store', () => {
  it('drops the answers carrying a tag, and keeps the others', async () => {
    const store = createMemoryStore({ maxEntries: 10, maxBytes: 1_000_000 });
    await store.set('a', response('{"a":1}'), ['id:1', 'type:Region']);
    await store.set('b', response('{"b":1}'), ['id:2']);
    expect(await store.invalidate(['id:1'])).toBe(1);
    expect(await store.get('a')).toBeUndefined();
    expect((await store.get('b'))?.body).toBe('{"b":1}');
  });

  it('stays within its bounds, the least recently used answer going first', async () => {
    const store = createMemoryStore({ maxEntries: 2, maxBytes: 1_000_000 });
    await store.set('a', response('a'), ['t']);
    await store.set('b', response('b'), ['t']);
    await store.get('a');
    await store.set('c', response('c'), ['t']);
    expect(await store.get('b')).toBeUndefined();
    expect(await store.get('a')).toBeDefined();
    expect(await store.invalidate(['t'])).toBe(2);
  });

  it('keeps no answer larger than its byte bound', async () => {
    const store = createMemoryStore({ maxEntries: 10, maxBytes: 1_000 });
    await store.set('big', response('x'.repeat(2_000)), ['t']);
    expect(await store.get('big')).toBeUndefined();
  });
});
