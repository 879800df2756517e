import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  createCallerSigner,
  createCallerVerifier,
  generateCallerKeys,
  InvalidCallerHeaderError,
  readCallerKey,
} from './caller-header';

const keys = generateCallerKeys();
const caller = {
  personId: '0f1e2d3c-4b5a-4968-8776-655443322110',
  roles: ['regional_team' as const],
  regionIds: ['6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b'],
};

describe('the caller header between gateway and subgraphs', () => {
  it('carries the caller to the subgraph it is signed for', async () => {
    const header = await createCallerSigner(keys.privateKey).sign(caller, 'regions');
    expect(await createCallerVerifier(keys.publicKey, 'regions').verify(header)).toEqual(caller);
  });

  it('carries a partner caller with the key it came with', async () => {
    const partner = { personId: null, roles: ['partner' as const], regionIds: [], partnerKeyId: caller.regionIds[0] };
    const header = await createCallerSigner(keys.privateKey).sign(partner, 'regions');
    expect(await createCallerVerifier(keys.publicKey, 'regions').verify(header)).toEqual(partner);
  });

  it('is refused when missing, garbled, for another subgraph, signed by another key, or with a shared secret', async () => {
    const regions = createCallerVerifier(keys.publicKey, 'regions');
    const forPeople = await createCallerSigner(keys.privateKey).sign(caller, 'people');
    const foreign = await createCallerSigner(generateCallerKeys().privateKey).sign(caller, 'regions');
    const shared = await new SignJWT({ roles: ['staff'], regionIds: [] })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('mitmach-gateway')
      .setAudience('regions')
      .setIssuedAt()
      .setExpirationTime('30s')
      .sign(new TextEncoder().encode('a-secret-that-anyone-with-the-repository-knows'));
    for (const header of [undefined, '', 'garbage', ['a', 'b'], forPeople, foreign, shared]) {
      await expect(regions.verify(header)).rejects.toThrow(InvalidCallerHeaderError);
    }
  });

  it('lives seconds: an old header is refused', async () => {
    const past = Date.now() - 60_000;
    const old = await createCallerSigner(keys.privateKey, () => past).sign(caller, 'regions');
    await expect(createCallerVerifier(keys.publicKey, 'regions').verify(old)).rejects.toThrow(/"exp" claim/);
  });

  it('is signed once per caller, subgraph and lifetime, and renewed before it expires', async () => {
    let now = Date.now();
    const signer = createCallerSigner(keys.privateKey, () => now);
    const first = await signer.sign(caller, 'regions');
    expect(await signer.sign({ ...caller }, 'regions')).toBe(first);
    expect(await signer.sign(caller, 'people')).not.toBe(first);
    now += 25_000;
    expect(await signer.sign(caller, 'regions')).not.toBe(first);
  });

  it('takes Ed25519 keys only, in PEM, also with escaped line breaks', () => {
    expect(readCallerKey(keys.publicKey.replaceAll('\n', '\\n'), 'public').asymmetricKeyType).toBe('ed25519');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' });
    expect(() => readCallerKey(rsa.toString(), 'private')).toThrow('the caller private key must be an Ed25519 key');
    expect(() => readCallerKey('not a key', 'public')).toThrow('expected an Ed25519 public key in PEM (SPKI)');
  });
});
