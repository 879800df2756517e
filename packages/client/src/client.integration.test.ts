import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { conferencesSubgraph } from '@mitmach/conferences-service';
import { partnersSubgraph } from '@mitmach/partners-service';
import { keyAdmin } from '@mitmach/partners-service/testing';
import { regionsSubgraph } from '@mitmach/regions-service';
import { type Federation, startFederation } from '@mitmach/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ClientError,
  ConferenceDocument,
  createClient,
  FieldsOfActionDocument,
  RegionBySlugDocument,
  RegionsMapDocument,
  UpcomingConferencesDocument,
} from './index';

const manifestPath = fileURLToPath(new URL('./generated/persisted-documents.json', import.meta.url));
const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

let federation: Federation;

beforeAll(async () => {
  federation = await startFederation({ subgraphs: [regionsSubgraph, conferencesSubgraph, partnersSubgraph] });
});
afterAll(() => federation?.stop());

describe('the typed client', () => {
  it("lists a country's upcoming conferences and reads one with its structured data", async () => {
    const client = createClient({ url: federation.gatewayUrl });
    const { upcomingConferences } = await client.request(UpcomingConferencesDocument, {
      first: 5,
      filter: { countries: ['AT'] },
    });
    expect(upcomingConferences.edges.length).toBeGreaterThan(0);
    for (const { node } of upcomingConferences.edges) expect(node.timeZone).toBe('Europe/Vienna');
    const first = upcomingConferences.edges[0]?.node;
    if (!first) throw new Error('no conference');
    const { conference } = await client.request(ConferenceDocument, { id: first.id });
    expect(conference?.title).toBe(first.title);
    expect(conference?.structuredData).toMatchObject({ '@type': 'Event', name: first.title });

    if (!first.region) throw new Error('the conference came without its region');
    const { regionBySlug } = await client.request(RegionBySlugDocument, { slug: first.region.slug });
    expect(regionBySlug?.structuredData).toMatchObject({ '@type': 'Organization' });
    const map = await client.request(RegionsMapDocument, { filter: { countries: ['AT'] } });
    expect(map.regionsGeoJson.features.every((feature) => feature.properties.country === 'AT')).toBe(true);
  });

  it('sends only hashes once `npm run register-documents` registered the manifest for a persisted-only key', async () => {
    const admin = await keyAdmin(federation);
    const key = await admin.create({ allowedOrigins: ['https://klimaschutz.example'], persistedDocumentsOnly: true });
    // What `npm run -s register-documents -- …` runs once the toolchain is in place.
    const { stdout } = await promisify(execFile)(
      'pnpm',
      [
        '--silent',
        '--filter',
        '@mitmach/partners-service',
        'register-documents',
        '--key',
        key.id,
        '--gateway',
        federation.gatewayUrl,
        manifestPath,
      ],
      { cwd: repositoryRoot, env: { ...process.env, MITMACH_TOKEN: admin.token } },
    );
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>;
    const count = Object.keys(manifest).length;
    expect(stdout).toContain(`registered ${count} documents for key ${key.id}: ${count} new`);

    const persisted = createClient({ url: federation.gatewayUrl, apiKey: key.secret, persisted: true });
    const { fieldsOfAction } = await persisted.request(FieldsOfActionDocument);
    expect(fieldsOfAction.length).toBeGreaterThan(0);
    const { upcomingConferences } = await persisted.request(UpcomingConferencesDocument, {
      filter: { countries: ['CH'] },
    });
    expect(upcomingConferences.totalCount).toBeGreaterThanOrEqual(0);

    const withText = createClient({ url: federation.gatewayUrl, apiKey: key.secret });
    const refused = await withText.request(FieldsOfActionDocument).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ClientError);
    expect((refused as ClientError).errors[0]?.extensions?.code).toBe('PERSISTED_DOCUMENT_REQUIRED');
  }, 60_000);
});
