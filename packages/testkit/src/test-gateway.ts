import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createBearerVerifier, generateCallerKeys, type Role, signDevelopmentToken } from '@mitmach/auth';
import { composeSupergraph, createGatewayServer, type GatewayServerOptions, type SubgraphSdl } from '@mitmach/gateway';
import pino from 'pino';

export const silentLogger = pino({ level: 'silent' });

/** Secrets of one test run: what the gateway verifies tokens with, and the key pair of the caller header. */
export function testSecrets() {
  return { jwtSecret: randomBytes(32).toString('hex'), callerKeys: generateCallerKeys() };
}

export function urlOf(address: AddressInfo | string | null): string {
  if (!address || typeof address === 'string') throw new Error('not listening on TCP');
  return `http://127.0.0.1:${address.port}/graphql`;
}

/** What a test may set of the gateway besides its subgraphs and secrets. */
export type GatewaySettings = Partial<
  Pick<
    GatewayServerOptions,
    | 'authorizedOrigins'
    | 'limits'
    | 'maxStringLength'
    | 'subgraphTimeoutMs'
    | 'production'
    | 'http'
    | 'quotas'
    | 'trustedProxies'
    | 'apiKeyCacheMs'
    | 'apiKeyUsageIntervalMs'
    | 'responseCache'
    | 'proofOfWork'
  >
>;

/**
 * The real gateway on a free port, with a supergraph composed from the SDL of exactly the subgraphs given, so a test
 * federates only the services it starts.
 */
export async function startTestGateway(
  options: {
    subgraphs: readonly SubgraphSdl[];
    subgraphUrls: Record<string, string>;
    jwtSecret: string;
    callerKeys: { privateKey: string };
  } & GatewaySettings,
) {
  const { subgraphs, subgraphUrls, jwtSecret, callerKeys, ...settings } = options;
  const gateway = await createGatewayServer({
    ...settings,
    supergraphSdl: composeSupergraph(subgraphs),
    subgraphUrls,
    verifyBearer: createBearerVerifier({ kind: 'secret', secret: jwtSecret }),
    callerKey: callerKeys.privateKey,
    logger: silentLogger,
  });
  await gateway.app.listen({ host: '127.0.0.1', port: 0 });
  return { url: urlOf(gateway.app.server.address()), close: () => gateway.app.close() };
}

export function tokenFor(
  jwtSecret: string,
  roles: Role[],
  options: { personId?: string; regionIds?: string[] } = {},
): Promise<string> {
  return signDevelopmentToken({ secret: jwtSecret, roles, ...options });
}
