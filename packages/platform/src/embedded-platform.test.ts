import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPglite } from '@mitmach/db';
import { createTestDatabase } from '@mitmach/db/testing';
import { graphqlClient, silentLogger, testSecrets, tokenFor } from '@mitmach/testkit';
import { describe, expect, it } from 'vitest';
import { startEmbeddedPlatform } from './embedded-platform';

const overview = '{ regions(first: 5) { totalCount edges { node { name country location { lat lng } } } } }';

describe('embedded platform', () => {
  it('serves every subgraph through one gateway on the real Postgres and reports readiness', async () => {
    const database = await createTestDatabase();
    const { jwtSecret } = testSecrets();
    const platform = await startEmbeddedPlatform({
      connection: database.connection,
      logger: silentLogger,
      jwtSecret,
      host: '127.0.0.1',
      port: 0,
      seedDemoData: true,
    });
    try {
      const response = await graphqlClient(platform.url)<{
        regions: { totalCount: number; edges: { node: { country: string } }[] };
      }>(overview);
      expect(response.body.data?.regions.totalCount).toBeGreaterThanOrEqual(40);
      expect(new Set(response.body.data?.regions.edges.map((edge) => edge.node.country))).toEqual(
        new Set(['DE', 'AT', 'CH', 'IT']),
      );
      const ready = await fetch(platform.url.replace('/graphql', '/health/ready'));
      const body = (await ready.json()) as { status: string; subgraphs: Record<string, string> };
      expect(ready.status).toBe(200);
      expect(Object.keys(body.subgraphs).sort()).toEqual(Object.keys(platform.subgraphUrls).sort());
      expect(Object.values(body.subgraphs).every((state) => state === 'ready')).toBe(true);
    } finally {
      await platform.stop();
      await database.dispose();
    }
  }, 120_000);

  it('keeps its PGlite data in a folder across restarts and seeds only once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mitmach-pglite-'));
    const { jwtSecret } = testSecrets();
    const start = async () => {
      const connection = await openPglite({ dataDir });
      const platform = await startEmbeddedPlatform({
        connection,
        logger: silentLogger,
        jwtSecret,
        host: '127.0.0.1',
        port: 0,
        seedDemoData: true,
      });
      return { connection, platform, query: graphqlClient(platform.url) };
    };
    const count = async (query: ReturnType<typeof graphqlClient>) =>
      (await query<{ regions: { totalCount: number } }>('{ regions(first: 0) { totalCount } }')).body.data?.regions
        .totalCount;
    try {
      const first = await start();
      const seeded = await count(first.query);
      const created = await first.query<{ createRegion: { region: { slug: string } } }>(
        `mutation { createRegion(input: { slug: "prignitz", name: "Prignitz", kind: DISTRICT, country: "DE",
          subdivision: "DE-BB", description: "Landkreis im Nordwesten Brandenburgs zwischen Elbe und Dosse.",
          location: { lat: 53.1, lng: 11.9 }, fieldsOfAction: ["energy"], sdgs: [7] }) { region { slug } userErrors { code } } }`,
        {},
        { token: await tokenFor(jwtSecret, ['staff']) },
      );
      expect(created.body.data?.createRegion.region.slug).toBe('prignitz');
      await first.platform.stop();
      await first.connection.close();

      const second = await start();
      expect(await count(second.query)).toBe((seeded ?? 0) + 1);
      await second.platform.stop();
      await second.connection.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
    // Two starts of six services on in-process PGlite, the first one seeding.
  }, 240_000);
});
