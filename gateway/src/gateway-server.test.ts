import { createServer } from 'node:net';
import { createBearerVerifier, createCallerVerifier, generateCallerKeys, signDevelopmentToken } from '@mitmach/auth';
import Fastify from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeSupergraph, registeredSubgraphSdl } from './compose';
import { createGatewayServer, type GatewayServer } from './gateway-server';

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 1;
}

let gateway: GatewayServer;
let url: string;
const callerKeys = generateCallerKeys();

beforeAll(async () => {
  const port = await closedPort();
  gateway = await createGatewayServer({
    supergraphSdl: composeSupergraph(registeredSubgraphSdl(['regions'])),
    subgraphUrls: { regions: `http://127.0.0.1:${port}/graphql` },
    verifyBearer: createBearerVerifier({ kind: 'secret', secret: 'gateway-test-secret-0123456789abcdef' }),
    callerKey: callerKeys.privateKey,
    logger: pino({ level: 'silent' }),
    limits: {
      public: { depth: 4, aliases: 15, directives: 20, tokens: 2000, selections: 1000, cost: 5000 },
      staff: { depth: 8, aliases: 15, directives: 20, tokens: 2000, selections: 1000, cost: 5000 },
    },
  });
  await gateway.app.listen({ host: '127.0.0.1', port: 0 });
  const address = gateway.app.server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => gateway?.app.close());

const post = (body: string) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('export downloads', () => {
  it('forwards GET /exports/<subgraph>/<path> with the verified caller and returns the file', async () => {
    const subgraph = Fastify();
    const verifier = createCallerVerifier(callerKeys.publicKey, 'regions');
    subgraph.get('/exports/figures.csv', async (request, reply) => {
      const caller = await verifier.verify(request.headers['x-mitmach-caller']);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="figures.csv"')
        .send(`roles,from\n${caller.roles.join('+')},${(request.query as { from?: string }).from}\n`);
    });
    await subgraph.listen({ host: '127.0.0.1', port: 0 });
    const address = subgraph.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const proxy = await createGatewayServer({
      supergraphSdl: composeSupergraph(registeredSubgraphSdl(['regions'])),
      subgraphUrls: { regions: `http://127.0.0.1:${port}/graphql` },
      verifyBearer: createBearerVerifier({ kind: 'secret', secret: 'gateway-test-secret-0123456789abcdef' }),
      callerKey: callerKeys.privateKey,
      logger: pino({ level: 'silent' }),
    });
    await proxy.app.listen({ host: '127.0.0.1', port: 0 });
    const proxyAddress = proxy.app.server.address();
    const base = `http://127.0.0.1:${typeof proxyAddress === 'object' && proxyAddress ? proxyAddress.port : 0}`;
    try {
      const token = await signDevelopmentToken({
        secret: 'gateway-test-secret-0123456789abcdef',
        roles: ['reporting'],
      });
      const response = await fetch(`${base}/exports/regions/figures.csv?from=2025-01-01`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="figures.csv"');
      expect(await response.text()).toBe('roles,from\nreporting,2025-01-01\n');
      const anonymous = await fetch(`${base}/exports/regions/figures.csv?from=2025-01-01`);
      expect(await anonymous.text()).toBe('roles,from\nanonymous,2025-01-01\n');
      const forged = await fetch(`${base}/exports/regions/figures.csv`, {
        headers: { authorization: 'Bearer forged' },
      });
      expect(forged.status).toBe(401);
      expect((await fetch(`${base}/exports/unknown/figures.csv`)).status).toBe(404);
    } finally {
      await proxy.app.close();
      await subgraph.close();
    }
  });
});

describe('gateway', () => {
  it('reports itself unready while no subgraph answers, and names each', async () => {
    const response = await fetch(`${url}/health/ready`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'unavailable', subgraphs: { regions: 'unavailable' } });
    expect((await fetch(`${url}/health/live`)).status).toBe(200);
  });

  it('refuses operations nested deeper than the limit before asking any subgraph', async () => {
    const response = await post(
      JSON.stringify({ query: '{ regions { edges { node { peerGroup { regions { peerGroup { name } } } } } } }' }),
    );
    const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions).toMatchObject({
      code: 'OPERATION_LIMIT_EXCEEDED',
      limit: 'depth',
      value: 7,
      maximum: 4,
    });
    expect(body.errors[0]?.message).toBe('The operation is nested 7 levels deep; at most 4 are allowed.');
  });

  it("answers a subgraph that cannot be reached with an error at the field's path that names it, no internals", async () => {
    const response = await post(JSON.stringify({ query: '{ regions(first: 1) { totalCount } }' }));
    const body = (await response.json()) as {
      errors: { message: string; path: string[]; extensions: Record<string, unknown> }[];
    };
    expect(body.errors).toHaveLength(1);
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|stack|127\.0\.0\.1/);
    expect(body.errors[0]).toMatchObject({
      message: 'The regions service is unavailable.',
      path: ['regions'],
      extensions: { code: 'SERVICE_UNAVAILABLE', service: 'regions' },
    });
  });

  it('passes the request id through and echoes it', async () => {
    const response = await fetch(`${url}/health/live`, { headers: { 'x-request-id': 'trace-42' } });
    expect(response.headers.get('x-request-id')).toBe('trace-42');
  });
});
