import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createBearerVerifier, InvalidTokenError, signDevelopmentToken } from './bearer-token';
import { anonymousCaller, canManageRegion } from './caller';

const secret = 'a-gateway-secret-of-enough-length-0123';
const region = '6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b';
const person = '0f1e2d3c-4b5a-4968-8776-655443322110';

describe('bearer tokens at the gateway', () => {
  const verify = createBearerVerifier({ kind: 'secret', secret });

  it('treats a request without Authorization as anonymous', async () => {
    expect(await verify(undefined)).toEqual(anonymousCaller);
  });

  it('derives person, roles and regions from a valid token', async () => {
    const token = await signDevelopmentToken({
      secret,
      roles: ['member', 'regional_team'],
      personId: person,
      regionIds: [region],
    });
    expect(await verify(`Bearer ${token}`)).toEqual({
      personId: person,
      roles: ['member', 'regional_team'],
      regionIds: [region],
    });
  });

  it('refuses a token without an expiry', async () => {
    const endless = await new SignJWT({ roles: ['staff'], regionIds: [] })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt()
      .sign(new TextEncoder().encode(secret));
    await expect(verify(`Bearer ${endless}`)).rejects.toThrow('token rejected: missing required "exp" claim');
  });

  it('rejects tokens with unknown roles, foreign signatures or a malformed header', async () => {
    const unknownRole = await signDevelopmentToken({ secret, roles: ['admin' as never] });
    const foreign = await signDevelopmentToken({ secret: 'x'.repeat(40), roles: ['staff'] });
    await expect(verify(`Bearer ${unknownRole}`)).rejects.toThrow(/roles must be a list of/);
    await expect(verify(`Bearer ${foreign}`)).rejects.toThrow(InvalidTokenError);
    await expect(verify('Basic dXNlcjpwYXNz')).rejects.toThrow('Authorization header must be "Bearer <token>"');
  });
});

describe('canManageRegion', () => {
  it('lets staff manage every region and a team only its own', () => {
    expect(canManageRegion({ personId: null, roles: ['staff'], regionIds: [] }, region)).toBe(true);
    expect(canManageRegion({ personId: person, roles: ['regional_team'], regionIds: [region] }, region)).toBe(true);
    expect(canManageRegion({ personId: person, roles: ['regional_team'], regionIds: [] }, region)).toBe(false);
    expect(canManageRegion({ personId: person, roles: ['member'], regionIds: [region] }, region)).toBe(false);
  });
});
