import { anonymousCaller, type CallerSigner, callerHeader } from '@mitmach/auth';

/** The answer of the partners service for a secret; see services/partners (key-resolution.ts). */
export type KeyResolution =
  | {
      status: 'active';
      key: {
        id: string;
        name: string;
        allowedOrigins: string[];
        requestsPerMinute: number;
        persistedDocumentsOnly: boolean;
      };
    }
  | { status: 'unknown' }
  | { status: 'revoked' | 'expired' | 'secret-replaced'; since: string };

export type ActiveKey = Extract<KeyResolution, { status: 'active' }>['key'];

export class PartnersUnavailableError extends Error {}

export interface PartnersClient {
  resolve(secret: string): Promise<KeyResolution>;
  recordUses(uses: readonly { keyId: string; at: Date }[]): Promise<void>;
  /** A document registered for the key, or null. */
  document(keyId: string, hash: string): Promise<string | null>;
}

/** The partners service's key routes, called with the caller header only the gateway can sign. */
export function createPartnersClient(options: {
  baseUrl: () => string | undefined;
  signer: CallerSigner;
  timeoutMs: number;
}): PartnersClient {
  async function call(path: string, init: { method: string; body?: unknown }): Promise<Response> {
    const graphqlUrl = options.baseUrl();
    if (!graphqlUrl) throw new PartnersUnavailableError('the partners service is not part of this gateway');
    const url = new URL(graphqlUrl);
    url.pathname = url.pathname.replace(/\/graphql\/?$/, path);
    try {
      return await fetch(url, {
        method: init.method,
        headers: {
          [callerHeader]: await options.signer.sign(anonymousCaller, 'partners'),
          ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (error) {
      throw new PartnersUnavailableError(`the partners service did not answer: ${(error as Error).message}`);
    }
  }

  return {
    async resolve(secret) {
      const response = await call('/keys/resolve', { method: 'POST', body: { secret } });
      if (!response.ok) throw new PartnersUnavailableError(`resolving a key answered ${response.status}`);
      return (await response.json()) as KeyResolution;
    },
    async recordUses(uses) {
      const response = await call('/keys/usage', {
        method: 'POST',
        body: { uses: uses.map((use) => ({ keyId: use.keyId, at: use.at.toISOString() })) },
      });
      if (!response.ok) throw new PartnersUnavailableError(`recording key use answered ${response.status}`);
    },
    async document(keyId, hash) {
      const response = await call(`/keys/${encodeURIComponent(keyId)}/documents/${encodeURIComponent(hash)}`, {
        method: 'GET',
      });
      if (response.status === 404) return null;
      if (!response.ok) throw new PartnersUnavailableError(`fetching a document answered ${response.status}`);
      return ((await response.json()) as { document: string }).document;
    },
  };
}
