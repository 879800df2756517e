import { randomUUID } from 'node:crypto';
import type { contracts, EventEnvelope, PayloadOf } from '@mitmach/events';
import { errorCodes, startForFile } from '@mitmach/testkit';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { applications, outbox, regions } from '../db/schema';
import { startRegions } from '../testing/start-regions';
import { onRegionApplicationConfirmed } from './region-application-confirmed.handler';

const { platform, query, staff } = await startForFile(startRegions);

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function openRound(slug: string, opensIn: number) {
  const opened = await query<{ openApplicationRound: { applicationRound: { id: string } } }>(
    `mutation($input: OpenApplicationRoundInput!) { openApplicationRound(input: $input) { applicationRound { id } userErrors { code } } }`,
    {
      input: {
        slug,
        title: `Runde ${slug}`,
        opensOn: inDays(opensIn),
        deadline: inDays(30),
        cohortStartsOn: inDays(60),
      },
    },
    { token: staff },
  );
  const id = opened.body.data?.openApplicationRound.applicationRound.id;
  if (!id) throw new Error(JSON.stringify(opened.body));
  return id;
}

type Confirmed = PayloadOf<typeof contracts.regionApplicationConfirmed>;

function confirmed(roundId: string, name: string): EventEnvelope<Confirmed> {
  const applicantId = randomUUID();
  return {
    id: randomUUID(),
    name: 'people.region-application-confirmed',
    version: 1,
    aggregateType: 'region-applicant',
    aggregateId: applicantId,
    occurredAt: new Date().toISOString(),
    source: 'people',
    traceparent: null,
    payload: {
      applicantId,
      roundId,
      region: {
        name,
        kind: 'region',
        country: 'IT',
        subdivision: 'IT-32',
        description: 'Die Gemeinden im Vinschgau zwischen Mals und Naturns.',
        lat: 46.63,
        lng: 10.78,
      },
      motivation: 'Wir wollen Vereine, Gemeinden und Betriebe im Tal an einen Tisch bringen.',
      fieldsOfAction: ['energy', 'no-such-field'],
      confirmedAt: new Date().toISOString(),
    },
  };
}

const notices = (applicantId: string) =>
  platform.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.aggregateId, applicantId), eq(outbox.name, 'regions.application-notice')));

const regionsQuery = '{ regions(first: 100) { edges { node { slug } } } }';
const slugsOf = (body: { data?: { regions: { edges: { node: { slug: string } }[] } } | null }) =>
  body.data?.regions.edges.map((edge) => edge.node.slug) ?? [];

describe('applications made without an account', () => {
  it('creates the region hidden and APPLIED, and shows it once staff accept the application', async () => {
    const roundId = await openRound('offene-runde', 0);
    const event = confirmed(roundId, 'Mitmach-Region Vinschgau Süd');
    await platform.db.transaction((tx) => onRegionApplicationConfirmed(tx, event));
    await platform.db.transaction((tx) => onRegionApplicationConfirmed(tx, event));

    const [application] = await platform.db
      .select()
      .from(applications)
      .where(eq(applications.applicantId, event.payload.applicantId));
    const [region] = await platform.db
      .select()
      .from(regions)
      .where(eq(regions.id, application?.regionId ?? ''));
    expect(region).toMatchObject({ slug: 'mitmach-region-vinschgau-sued', status: 'applied', hidden: true });
    const [received] = await notices(event.payload.applicantId);
    expect(received?.payload).toMatchObject({ kind: 'received', applicationId: application?.id, country: 'IT' });
    expect(await notices(event.payload.applicantId)).toHaveLength(1);

    expect(slugsOf((await query(regionsQuery)).body as never)).not.toContain(region?.slug);
    expect(slugsOf((await query(regionsQuery, {}, { token: staff })).body as never)).toContain(region?.slug);
    const bySlug = `{ regionBySlug(slug: "${region?.slug}") { id fieldsOfAction { slug } } }`;
    expect(errorCodes(await query(bySlug))).toContain('NOT_FOUND');
    const seen = await query<{ regionBySlug: { fieldsOfAction: { slug: string }[] } }>(bySlug, {}, { token: staff });
    expect(seen.body.data?.regionBySlug.fieldsOfAction.map((field) => field.slug)).toEqual(['energy']);
    const publicEvents = await platform.db
      .select()
      .from(outbox)
      .where(eq(outbox.aggregateId, region?.id ?? ''));
    expect(publicEvents).toEqual([]);

    const decided = await query<{ decideApplication: { application: { decision: string } } }>(
      `mutation($input: DecideApplicationInput!) { decideApplication(input: $input) { application { decision } userErrors { code } } }`,
      { input: { applicationId: application?.id, decision: 'ACCEPTED' } },
      { token: staff },
    );
    expect(decided.body.data?.decideApplication.application.decision).toBe('ACCEPTED');
    expect(slugsOf((await query(regionsQuery)).body as never)).toContain(region?.slug);
    const announced = await platform.db
      .select()
      .from(outbox)
      .where(eq(outbox.aggregateId, region?.id ?? ''));
    expect(announced.map((row) => row.name).sort()).toEqual(['regions.region-changed', 'regions.region-created']);
    expect(announced.find((row) => row.name === 'regions.region-created')?.payload).toMatchObject({
      status: 'accepted',
    });
    const decidedNotices = await notices(event.payload.applicantId);
    expect(decidedNotices.map((row) => (row.payload as { kind: string }).kind).sort()).toEqual([
      'accepted',
      'received',
    ]);
  });

  it('refuses an application confirmed outside the round, creating nothing, and gives the next a free slug', async () => {
    const closed = confirmed(await openRound('spaete-runde', 5), 'Mitmach-Region Vinschgau Süd');
    await platform.db.transaction((tx) => onRegionApplicationConfirmed(tx, closed));
    const [refused] = await notices(closed.payload.applicantId);
    expect(refused?.payload).toMatchObject({ kind: 'refused', applicationId: null, regionId: null });

    const again = confirmed(await openRound('zweite-runde', 0), 'Mitmach-Region Vinschgau Süd');
    await platform.db.transaction((tx) => onRegionApplicationConfirmed(tx, again));
    const [received] = await notices(again.payload.applicantId);
    const regionId = (received?.payload as { regionId: string } | undefined)?.regionId ?? '';
    const [region] = await platform.db.select().from(regions).where(eq(regions.id, regionId));
    expect(region?.slug).toBe('mitmach-region-vinschgau-sued-2');
  });
});
