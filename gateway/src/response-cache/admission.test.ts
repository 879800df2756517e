import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { type Admission, createAdmission } from './admission';

const admit = (admission: Admission, key: string, group = 'document') => admission.admit(group, admission.sighted(key));

describe('admission', () => {
  it('keeps a key on its second miss, not its first', () => {
    const admission = createAdmission({ windowMs: 60_000, maxKeys: 100 });
    expect(admit(admission, 'a')).toBe(false);
    expect(admit(admission, 'b')).toBe(false);
    expect(admit(admission, 'a')).toBe(true);
    expect(admit(admission, 'b')).toBe(true);
  });

  it('forgets a first sighting once the window has passed', async () => {
    const admission = createAdmission({ windowMs: 30, maxKeys: 100 });
    expect(admit(admission, 'a')).toBe(false);
    await sleep(60);
    expect(admit(admission, 'a')).toBe(false);
    expect(admit(admission, 'a')).toBe(true);
  });

  it('remembers at most maxKeys first sightings, the least recent forgotten first', () => {
    const admission = createAdmission({ windowMs: 60_000, maxKeys: 2 });
    for (const key of ['a', 'b', 'c']) expect(admit(admission, key)).toBe(false);
    expect(admit(admission, 'a')).toBe(false);
    expect(admit(admission, 'c')).toBe(true);
  });

  it('never keeps first sightings of a document whose keys do not come back', () => {
    const admission = createAdmission({ windowMs: 60_000, maxKeys: 10_000 });
    for (let n = 0; n < 1_000; n += 1) expect(admit(admission, `unique-${n}`)).toBe(false);
  });

  it('keeps first sightings of a document once its keys are seen to come back, and only of that document', () => {
    const admission = createAdmission({ windowMs: 60_000, maxKeys: 10_000 });
    for (let n = 0; n < 30; n += 1) {
      admit(admission, `few-${n % 5}`, 'recurring');
      admit(admission, `unique-${n}`, 'varied');
    }
    expect(admit(admission, 'few-new', 'recurring')).toBe(true);
    expect(admit(admission, 'unique-new', 'varied')).toBe(false);
  });

  it("stops keeping first sightings when a document's keys stop coming back", () => {
    const admission = createAdmission({ windowMs: 60_000, maxKeys: 10_000 });
    for (let n = 0; n < 40; n += 1) admit(admission, `few-${n % 4}`);
    expect(admit(admission, 'first-new')).toBe(true);
    let admitted = true;
    for (let n = 0; n < 2_000 && admitted; n += 1) admitted = admit(admission, `later-${n}`);
    expect(admitted).toBe(false);
  });
});
