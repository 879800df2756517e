import { conferencesSubgraph } from '@mitmach/conferences-service';
import { partnersSubgraph } from '@mitmach/partners-service';
import { keyAdmin, startWebhookReceiver, verifyWebhook, type WebhookReceiver } from '@mitmach/partners-service/testing';
import { regionsSubgraph } from '@mitmach/regions-service';
import { type Federation, type GraphqlQuery, graphqlClient, startFederation, tokenFor } from '@mitmach/testkit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The receiver listens on 127.0.0.1, as a partner's development server would; the embedded mode allows that too.
vi.stubEnv('ALLOW_PRIVATE_WEBHOOK_TARGETS', 'true');

let federation: Federation;
let query: GraphqlQuery;
let receiver: WebhookReceiver;
let staff: string;
let partnerKey: string;

beforeAll(async () => {
  federation = await startFederation({
    subgraphs: [regionsSubgraph, conferencesSubgraph, partnersSubgraph],
    events: true,
  });
  query = graphqlClient(federation.gatewayUrl);
  receiver = await startWebhookReceiver();
  staff = await tokenFor(federation.jwtSecret, ['staff'], { personId: '00000000-0000-4000-8000-000000009002' });
  partnerKey = (await (await keyAdmin(federation)).create({ allowedOrigins: ['https://www.bezirksblatt.example'] }))
    .secret;
}, 300_000);
afterAll(async () => {
  await receiver?.close();
  await federation?.stop();
});

async function mutate<Data>(document: string, input: Record<string, unknown>, headers: Record<string, string>) {
  const response = await query<Data>(document, { input }, { headers });
  if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
  return response.body.data as Data;
}

async function subscribe(path: string, events: string[]): Promise<string> {
  const created = await mutate<{ createWebhookSubscription: { secret: string | null; userErrors: unknown[] } }>(
    `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret userErrors { message } } }`,
    { url: receiver.url(path), events },
    { 'x-api-key': partnerKey },
  );
  expect(created.createWebhookSubscription.userErrors).toEqual([]);
  return created.createWebhookSubscription.secret ?? '';
}

async function changeStatus(conferenceId: string, status: string) {
  const changed = await mutate<{ changeConferenceStatus: { userErrors: unknown[] } }>(
    `mutation($input: ChangeConferenceStatusInput!) { changeConferenceStatus(input: $input) { userErrors { message } } }`,
    { conferenceId, status },
    { authorization: `Bearer ${staff}` },
  );
  expect(changed.changeConferenceStatus.userErrors).toEqual([]);
}

// The partners' consumer passes a change only once every older transaction on the server has ended, which on a busy
// shared Postgres can take tens of seconds; the waits allow for that.
describe('a conference cancelled through the API', () => {
  it('reaches a partner as a signed conference.cancelled delivery, and its published subscription as published only', async () => {
    const cancelledSecret = await subscribe('/cancelled', ['conference.cancelled']);
    const publishedSecret = await subscribe('/published', ['conference.published', 'conference.changed']);
    const regions = await query<{ regions: { edges: { node: { id: string } }[] } }>(
      '{ regions(first: 1, filter: { countries: [AT] }) { edges { node { id } } } }',
    );
    const regionId = regions.body.data?.regions.edges[0]?.node.id;
    const year = new Date().getUTCFullYear() + 1;
    const created = await mutate<{ createConference: { conference: { id: string } } }>(
      `mutation($input: CreateConferenceInput!) { createConference(input: $input) { conference { id } userErrors { message } } }`,
      {
        regionId,
        country: 'AT',
        format: 'MITMACH_KONFERENZ',
        attendanceMode: 'IN_PERSON',
        capacity: 60,
        title: `Mitmach-Konferenz Wels ${year}`,
        days: [{ startsAt: `${year}-06-12T09:00:00+02:00`, endsAt: `${year}-06-12T17:00:00+02:00` }],
        venue: {
          name: 'Stadthalle Wels',
          street: 'Rainerstraße 2',
          postalCode: '4600',
          city: 'Wels',
          country: 'AT',
          location: { lat: 48.16, lng: 14.03 },
        },
        fieldsOfAction: ['energy'],
      },
      { authorization: `Bearer ${staff}` },
    );
    const conferenceId = created.createConference.conference.id;
    await changeStatus(conferenceId, 'OPEN_FOR_REGISTRATION');
    await vi.waitFor(() => expect(receiver.on('/published')).toHaveLength(1), { timeout: 60_000, interval: 100 });
    await changeStatus(conferenceId, 'CANCELLED');
    await vi.waitFor(() => expect(receiver.on('/cancelled')).toHaveLength(1), { timeout: 60_000, interval: 100 });

    const [cancellation] = receiver.on('/cancelled');
    expect(verifyWebhook(cancelledSecret, cancellation ?? expect.fail('nothing arrived'))).toEqual({
      type: 'conference.cancelled',
      timestamp: expect.any(String),
      data: {
        entityType: 'conference',
        id: conferenceId,
        kind: 'status_changed',
        changedFields: ['status'],
        version: 3,
        inPublicView: true,
        status: 'cancelled',
        changeCursor: expect.any(String),
      },
    });
    expect(() => verifyWebhook(publishedSecret, cancellation ?? expect.fail('nothing arrived'))).toThrow();
    const [publication] = receiver.on('/published');
    expect(verifyWebhook(publishedSecret, publication ?? expect.fail('nothing arrived'))).toMatchObject({
      type: 'conference.published',
      data: { id: conferenceId, version: 2, status: 'open_for_registration' },
    });

    // The change feed from the publication's cursor shows the cancellation as the next change of the conference.
    const after = (JSON.parse(publication?.body ?? '{}') as { data: { changeCursor: string } }).data.changeCursor;
    const feed = await query<{ publicChanges: { edges: { node: { id: string; version: number } }[] } }>(
      'query($after: String) { publicChanges(types: [CONFERENCE], after: $after, first: 10) { edges { node { id version } } } }',
      { after },
    );
    expect(feed.body.data?.publicChanges.edges.map((edge) => edge.node)).toEqual([{ id: conferenceId, version: 3 }]);
    expect(receiver.on('/published')).toHaveLength(1);
  }, 180_000);
});
