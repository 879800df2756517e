import { createBearerVerifier, generateCallerKeys } from '@mitmach/auth';
import {
  addressTag,
  checkProofOfWork,
  type ProofOfWorkChallenge,
  solveParticipationChallenge,
} from '@mitmach/server-kit';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeSupergraph, registeredSubgraphSdl } from '../compose';
import { createGatewayServer, type GatewayServer } from '../gateway-server';

const key = 'the proof-of-work key of this test, long enough';
let gateway: GatewayServer;
let url: string;

beforeAll(async () => {
  gateway = await createGatewayServer({
    supergraphSdl: composeSupergraph(registeredSubgraphSdl(['regions'])),
    subgraphUrls: { regions: 'http://127.0.0.1:9/graphql' },
    verifyBearer: createBearerVerifier({ kind: 'secret', secret: 'gateway-test-secret-0123456789abcdef' }),
    callerKey: generateCallerKeys().privateKey,
    logger: pino({ level: 'silent' }),
    proofOfWork: { key, maxCounter: 1_000, challengesPerMinute: 2 },
  });
  await gateway.app.listen({ host: '127.0.0.1', port: 0 });
  const address = gateway.app.server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => gateway?.app.close());

describe('GET /challenge', () => {
  it('hands out signed challenges that name the address only by its tag, within their own quota', async () => {
    const first = await fetch(`${url}/challenge`);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-store');
    const challenge = (await first.json()) as ProofOfWorkChallenge;
    expect(JSON.stringify(challenge)).not.toContain('127.0.0.1');
    const check = await checkProofOfWork(key, await solveParticipationChallenge(challenge));
    expect(check).toMatchObject({ ok: true, addressTag: addressTag(key, '127.0.0.1') });

    expect((await fetch(`${url}/challenge`)).status).toBe(200);
    const over = await fetch(`${url}/challenge`);
    expect(over.status).toBe(429);
    expect(await over.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
  });
});
