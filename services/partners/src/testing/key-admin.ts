import { graphqlClient, tokenFor } from '@mitmach/testkit';

export interface KeyInput {
  name?: string;
  contactEmail?: string;
  allowedOrigins: string[];
  requestsPerMinute?: number;
  persistedDocumentsOnly?: boolean;
  expiresAt?: string | null;
}

interface SecretPayload {
  apiKey: { id: string } | null;
  secret: string | null;
  userErrors: { message: string }[];
}

interface RegisterPayload {
  added: number;
  total: number;
  userErrors: { field: string[]; message: string; code: string | null }[];
}

/** Staff, through the real gateway, managing partner keys as the admin frontend does. */
export async function keyAdmin(federation: { gatewayUrl: string; jwtSecret: string }) {
  const query = graphqlClient(federation.gatewayUrl);
  const token = await tokenFor(federation.jwtSecret, ['staff'], { personId: '00000000-0000-4000-8000-0000000000aa' });

  async function mutate(field: string, inputType: string, input: Record<string, unknown>): Promise<SecretPayload> {
    const response = await query<Record<string, SecretPayload>>(
      `mutation($input: ${inputType}!) { ${field}(input: $input) { apiKey { id } ${field === 'revokePartnerApiKey' ? '' : 'secret'} userErrors { message } } }`,
      { input },
      { token },
    );
    const payload = response.body.data?.[field];
    if (!payload || payload.userErrors.length > 0) {
      throw new Error(`${field} failed: ${JSON.stringify(response.body)}`);
    }
    return payload;
  }

  return {
    token,
    async create(input: KeyInput): Promise<{ id: string; secret: string }> {
      const payload = await mutate('createPartnerApiKey', 'CreatePartnerApiKeyInput', {
        name: 'Landkreis Kassel, Klimaschutzseite',
        contactEmail: 'klimaschutz@landkreis-kassel.example',
        requestsPerMinute: 600,
        ...input,
      });
      return { id: payload.apiKey?.id ?? '', secret: payload.secret ?? '' };
    },
    async rotate(id: string, graceHours: number): Promise<string> {
      return (await mutate('rotatePartnerApiKey', 'RotatePartnerApiKeyInput', { id, graceHours })).secret ?? '';
    },
    async revoke(id: string): Promise<void> {
      await mutate('revokePartnerApiKey', 'RevokePartnerApiKeyInput', { id });
    },
    async registerDocuments(keyId: string, documents: { hash: string; document: string }[]) {
      const response = await query<{ registerPersistedDocuments: RegisterPayload }>(
        `mutation($input: RegisterPersistedDocumentsInput!) {
          registerPersistedDocuments(input: $input) { added total userErrors { field message code } }
        }`,
        { input: { keyId, documents } },
        { token },
      );
      return response.body.data?.registerPersistedDocuments;
    },
    async lastUsedAt(id: string): Promise<string | null | undefined> {
      const response = await query<{ partnerApiKey: { lastUsedAt: string | null } | null }>(
        'query($id: UUID!) { partnerApiKey(id: $id) { lastUsedAt } }',
        { id },
        { token },
      );
      return response.body.data?.partnerApiKey?.lastUsedAt;
    },
  };
}
