import { createHash } from 'node:crypto';
import { errorCodes, startForFile, tokenFor } from '@mitmach/testkit';
import { describe, expect, it } from 'vitest';
import { apiKeySecrets } from '../../db/schema';
import { startPartners } from '../../testing/start-partners';

const { platform, query, staff } = await startForFile(startPartners);

const create = `mutation($input: CreatePartnerApiKeyInput!) {
  createPartnerApiKey(input: $input) {
    secret apiKey { id name allowedOrigins requestsPerMinute persistedDocumentsOnly status secretHints }
    userErrors { field message code }
  }
}`;

interface Created {
  createPartnerApiKey: {
    secret: string | null;
    apiKey: { id: string; secretHints: string[]; status: string } | null;
    userErrors: { field: string[]; message: string; code: string }[];
  };
}

const klimaschutz = {
  name: 'Landkreis Kassel, Klimaschutzseite',
  contactEmail: 'klimaschutz@landkreis-kassel.example',
  allowedOrigins: ['https://www.landkreis-kassel.example'],
  requestsPerMinute: 600,
};

async function createKey(input: Record<string, unknown> = klimaschutz) {
  const response = await query<Created>(create, { input }, { token: staff });
  return response.body.data?.createPartnerApiKey;
}

describe('partner API keys', () => {
  it('lets staff create a key and shows its secret once, keeping only a hint', async () => {
    const created = await createKey();
    expect(created?.userErrors).toEqual([]);
    expect(created?.secret).toMatch(/^mk_[\w-]{43}$/);
    expect(created?.apiKey).toMatchObject({
      name: 'Landkreis Kassel, Klimaschutzseite',
      allowedOrigins: ['https://www.landkreis-kassel.example'],
      requestsPerMinute: 600,
      persistedDocumentsOnly: false,
      status: 'ACTIVE',
      secretHints: [`${created?.secret?.slice(0, 9)}…`],
    });
    const listed = await query<{ partnerApiKeys: { edges: { node: Record<string, unknown> }[] } }>(
      '{ partnerApiKeys(first: 10) { edges { node { id secretHints } } } }',
      {},
      { token: staff },
    );
    expect(JSON.stringify(listed.body)).not.toContain(created?.secret);
    const stored = await platform.db.select({ hash: apiKeySecrets.secretHash }).from(apiKeySecrets);
    expect(stored.map((row) => row.hash)).toContain(
      createHash('sha256')
        .update(created?.secret ?? '')
        .digest('hex'),
    );
    expect(JSON.stringify(stored)).not.toContain(created?.secret);
  });

  it('names every problem of a key it refuses', async () => {
    const refused = await createKey({
      ...klimaschutz,
      name: ' ',
      allowedOrigins: ['https://ok.example', 'https://with.path.example/klima', 'ftp://files.example'],
      requestsPerMinute: 0,
      expiresAt: '2020-01-01T00:00:00Z',
    });
    expect(refused?.apiKey).toBeNull();
    expect(refused?.userErrors.map((error) => [error.field.join('.'), error.message])).toEqual([
      ['input.name', 'The name has 1 to 200 characters, it has 0.'],
      [
        'input.allowedOrigins.1',
        '"https://with.path.example/klima" is not an origin; write it as https://with.path.example.',
      ],
      ['input.allowedOrigins.2', '"ftp://files.example" is not an http(s) origin.'],
      ['input.requestsPerMinute', 'The quota is a positive number of requests per minute.'],
      ['input.expiresAt', 'The expiry must lie in the future.'],
    ]);
  });

  it('is for staff only', async () => {
    const partner = await tokenFor(platform.jwtSecret, ['partner']);
    expect(errorCodes(await query(create, { input: klimaschutz }, { token: partner }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await query('{ partnerApiKeys(first: 1) { totalCount } }'))).toEqual(['FORBIDDEN']);
  });

  it('rotates a key: the new secret is shown once, and both work during the grace period', async () => {
    const created = await createKey();
    const rotated = await query<{ rotatePartnerApiKey: { secret: string; apiKey: { secretHints: string[] } } }>(
      'mutation($id: UUID!) { rotatePartnerApiKey(input: { id: $id, graceHours: 2 }) { secret apiKey { secretHints } userErrors { code } } }',
      { id: created?.apiKey?.id },
      { token: staff },
    );
    const secret = rotated.body.data?.rotatePartnerApiKey.secret;
    expect(secret).toMatch(/^mk_/);
    expect(secret).not.toBe(created?.secret);
    expect(rotated.body.data?.rotatePartnerApiKey.apiKey.secretHints).toHaveLength(2);
  });

  it('revokes a key, and refuses to rotate a revoked one', async () => {
    const created = await createKey();
    const revoked = await query<{ revokePartnerApiKey: { apiKey: { status: string; revokedAt: string } } }>(
      'mutation($id: UUID!) { revokePartnerApiKey(input: { id: $id }) { apiKey { status revokedAt } userErrors { code } } }',
      { id: created?.apiKey?.id },
      { token: staff },
    );
    expect(revoked.body.data?.revokePartnerApiKey.apiKey.status).toBe('REVOKED');
    const rotate = await query<{ rotatePartnerApiKey: { userErrors: { code: string }[] } }>(
      'mutation($id: UUID!) { rotatePartnerApiKey(input: { id: $id }) { secret userErrors { code } } }',
      { id: created?.apiKey?.id },
      { token: staff },
    );
    expect(rotate.body.data?.rotatePartnerApiKey.userErrors).toEqual([{ code: 'REVOKED' }]);
  });
});
