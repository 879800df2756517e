import { describe, expect, it } from 'vitest';
import {
  addressTag,
  checkProofOfWork,
  createParticipationChallenge,
  solveParticipationChallenge,
} from './proof-of-work';

const key = 'a test key of the proof of work, long enough';

describe('proof of work', () => {
  it('accepts a solved challenge and names the address it was fetched from by its tag', async () => {
    const challenge = await createParticipationChallenge(key, '203.0.113.7', { maxCounter: 2_000 });
    const check = await checkProofOfWork(key, await solveParticipationChallenge(challenge));
    expect(check).toMatchObject({ ok: true, addressTag: addressTag(key, '203.0.113.7') });
    expect(addressTag(key, '203.0.113.7')).not.toContain('203');
  });

  it('refuses a missing, malformed, forged, wrongly solved or expired one, each with its reason', async () => {
    expect(await checkProofOfWork(key, undefined)).toMatchObject({ ok: false, problem: 'MISSING' });
    expect(await checkProofOfWork(key, 'not base64 json')).toMatchObject({ ok: false, problem: 'MALFORMED' });
    const challenge = await createParticipationChallenge(key, '203.0.113.7', { maxCounter: 2_000 });
    const payload = JSON.parse(Buffer.from(await solveParticipationChallenge(challenge), 'base64').toString());
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');
    const otherKey = await createParticipationChallenge('another key that is long enough to sign', '203.0.113.7', {
      maxCounter: 2_000,
    });
    expect(await checkProofOfWork(key, await solveParticipationChallenge(otherKey))).toMatchObject({
      problem: 'INVALID',
    });
    const wrong = { ...payload, solution: { ...payload.solution, counter: payload.solution.counter + 1 } };
    expect(await checkProofOfWork(key, encode(wrong))).toMatchObject({ problem: 'INVALID' });
    const moved = structuredClone(payload);
    moved.challenge.parameters.data.address = addressTag(key, '198.51.100.1');
    expect(await checkProofOfWork(key, encode(moved))).toMatchObject({ problem: 'INVALID' });
    const later = new Date(Date.now() + 11 * 60_000);
    expect(await checkProofOfWork(key, encode(payload), later)).toMatchObject({ problem: 'EXPIRED' });
  });
});
