import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createAdmission } from './admission';

describe('admission', () => {
  it('keeps a key on its second miss, not its first', () => {
    const admission = createAdmission({ windowMs: 60_000, maxKeys: 100 });
    expect(admission.admit('a')).toBe(false);
    expect(admission.admit('b')).toBe(false);
    expect(admission.admit('a')).toBe(true);
    expect(admission.admit('b')).toBe(true);
  });

  it('forgets a first sighting once the window has passed', async () => {
    const admission = createAdmission({ windowMs: 30, maxKeys: 100 });
    expect(admission.admit('a')).toBe(false);
    await sleep(60);
    expect(admission.admit('a')).toBe(false);
    expect(admission.admit('a')).toBe(true);
  });

  it('remembers at most maxKeys first sightings, the least recent forgotten first', () => {
    const admission = createAdmission({ windowMs: 60_000, maxKeys: 2 });
    for (const key of ['a', 'b', 'c']) expect(admission.admit(key)).toBe(false);
    expect(admission.admit('a')).toBe(false);
    expect(admission.admit('c')).toBe(true);
  });
});
