import { randomUUID } from 'node:crypto';
import { contracts } from '@mitmach/events';
import { errorCodes, graphqlClient, silentLogger } from '@mitmach/testkit';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { webhookSubscriptions } from '../../db/schema';
import { keyAdmin } from '../../testing/key-admin';
import { publishEvent } from '../../testing/publish-event';
import { type RunningPartners, startPartners } from '../../testing/start-partners';
import { startWebhookReceiver, verifyWebhook, type WebhookReceiver } from '../../testing/webhook-receiver';
import { createDeliveryWorker, type DeliveryWorker } from './delivery-worker';

// The receiver listens on 127.0.0.1, as a partner's development server would; the embedded mode allows that too.
vi.stubEnv('ALLOW_PRIVATE_WEBHOOK_TARGETS', 'true');

let platform: RunningPartners;
let receiver: WebhookReceiver;
let worker: DeliveryWorker;
let query: ReturnType<typeof graphqlClient>;
let admin: Awaited<ReturnType<typeof keyAdmin>>;
let key: { id: string; secret: string };

beforeAll(async () => {
  platform = await startPartners({ events: true });
  // The service's own worker waits minutes between retries; this one, on the same tables, waits a tenth of a second.
  await platform.mounted.partners?.workers.find((running) => running.name === 'webhook-deliveries')?.stop();
  worker = createDeliveryWorker({
    db: platform.db,
    logger: silentLogger,
    settings: { allowPrivateTargets: true },
    retryDelaysMs: [100, 100, 100],
    pollIntervalMs: 50,
  });
  await worker.start();
  receiver = await startWebhookReceiver();
  query = graphqlClient(platform.gatewayUrl);
  admin = await keyAdmin(platform);
  key = await admin.create({ allowedOrigins: ['https://www.landkreis-kassel.example'] });
});
afterAll(async () => {
  await worker?.stop();
  await receiver?.close();
  await platform?.stop();
});

const asPartner = (secret = key.secret) => ({ headers: { 'x-api-key': secret } });

interface UserErrors {
  userErrors: { field: string[]; message: string; code: string }[];
}
type Created = UserErrors & { secret: string | null; subscription: { id: string; secretHints: string[] } | null };

const create = `mutation($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) {
    secret subscription { id url events status secretHints }
    userErrors { field message code }
  }
}`;

async function subscribe(url: string, events: string[], secret = key.secret): Promise<Created> {
  const response = await query<{ createWebhookSubscription: Created }>(
    create,
    { input: { url, events } },
    asPartner(secret),
  );
  const payload = response.body.data?.createWebhookSubscription;
  if (!payload) throw new Error(JSON.stringify(response.body));
  return payload;
}

async function subscribed(path: string, events = ['action.published']) {
  const created = await subscribe(receiver.url(path), events);
  expect(created.userErrors).toEqual([]);
  return { id: created.subscription?.id ?? '', secret: created.secret ?? '' };
}

interface Delivery {
  id: string;
  eventType: string;
  payload: string;
  status: string;
  attempts: number;
  lastResponseStatus: number | null;
  lastError: string | null;
}

async function deliveries(subscriptionId: string, status?: string): Promise<Delivery[]> {
  const response = await query<{ webhookDeliveries: { edges: { node: Delivery }[] } }>(
    `query($id: UUID!, $status: WebhookDeliveryStatus) {
      webhookDeliveries(subscriptionId: $id, status: $status, first: 50) {
        edges { node { id eventType payload status attempts lastResponseStatus lastError } }
      }
    }`,
    { id: subscriptionId, status },
    asPartner(),
  );
  return response.body.data?.webhookDeliveries.edges.map((edge) => edge.node) ?? [];
}

/** An action of the pool is published: the action pool's change event, for an action new to the feed. */
async function actionPublished(id: string = randomUUID()) {
  await publishEvent(platform.transport ?? fail(), contracts.actionChanged, id, {
    key: { id },
    kind: 'status_changed',
    changedFields: ['status', 'publishedAt'],
    public: true,
    version: 3,
  });
  return id;
}

function fail(): never {
  throw new Error('the test platform runs no event transport');
}

async function subscription(id: string) {
  const response = await query<{
    webhookSubscriptions: { edges: { node: Record<string, unknown> }[] };
  }>(
    '{ webhookSubscriptions(first: 20) { edges { node { id status pausedAt pauseReason failingSince secretHints } } } }',
    {},
    asPartner(),
  );
  return response.body.data?.webhookSubscriptions.edges.map((edge) => edge.node).find((node) => node.id === id);
}

describe('webhook subscriptions', () => {
  it('are made with a partner key, which gets the whsec_ secret once', async () => {
    const created = await subscribe('https://www.landkreis-kassel.example/hooks/mitmach', [
      'conference.published',
      'action.published',
    ]);
    expect(created.userErrors).toEqual([]);
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(created.subscription).toMatchObject({
      url: 'https://www.landkreis-kassel.example/hooks/mitmach',
      events: ['conference.published', 'action.published'],
      status: 'ACTIVE',
      secretHints: [`${created.secret?.slice(0, 12)}…`],
    });
    const listed = await query(
      '{ webhookSubscriptions { totalCount edges { node { id secretHints } } } }',
      {},
      asPartner(),
    );
    expect(JSON.stringify(listed.body)).toContain(created.subscription?.id);
    expect(JSON.stringify(listed.body)).not.toContain(created.secret);
  });

  it('belong to their key: others neither see nor change them, and people cannot make them', async () => {
    const own = await subscribed('/own');
    const other = await admin.create({ allowedOrigins: ['https://zeitung.example'] });
    const listed = await query('{ webhookSubscriptions { totalCount } }', {}, asPartner(other.secret));
    expect(listed.body.data).toEqual({ webhookSubscriptions: { totalCount: 0 } });
    const deleted = await query<{ deleteWebhookSubscription: UserErrors }>(
      'mutation($id: UUID!) { deleteWebhookSubscription(input: { id: $id }) { deletedId userErrors { code } } }',
      { id: own.id },
      asPartner(other.secret),
    );
    expect(deleted.body.data?.deleteWebhookSubscription).toEqual({
      deletedId: null,
      userErrors: [{ code: 'NOT_FOUND' }],
    });
    expect(await deliveries(own.id)).toEqual([]);
    const anonymous = await query(create, { input: { url: 'https://example.org/hook', events: ['action.published'] } });
    expect(errorCodes(anonymous)).toEqual(['FORBIDDEN']);
    const staff = await query(
      create,
      { input: { url: 'https://example.org/hook', events: ['action.published'] } },
      { token: admin.token },
    );
    expect(errorCodes(staff)).toEqual(['FORBIDDEN']);
  });

  it('name every problem of the URL and the events', async () => {
    const refused = await subscribe('ftp://files.example/hook', [
      'conference.publish',
      'action.published',
      'action.published',
    ]);
    expect(refused.subscription).toBeNull();
    expect(refused.secret).toBeNull();
    expect(refused.userErrors.map(({ field, code }) => ({ field, code }))).toEqual([
      { field: ['input', 'url'], code: 'INVALID_URL' },
      { field: ['input', 'events', '0'], code: 'UNKNOWN_EVENT' },
      { field: ['input', 'events', '2'], code: 'DUPLICATE' },
    ]);
    expect(refused.userErrors[1]?.message).toContain('conference.published');
    const long = await subscribe(`https://example.org/${'a'.repeat(2000)}`, []);
    expect(long.userErrors.map((error) => error.message)).toEqual([
      'The URL has at most 2000 characters, it has 2020.',
      expect.stringContaining('Name at least one event'),
    ]);
    const credentials = await subscribe('https://user:pw@example.org/hook#x', ['region.changed']);
    expect(credentials.userErrors.map((error) => error.message)).toEqual([
      'The URL must not hold a user name or password.',
      'The URL must not have a #fragment; it is never sent.',
    ]);
  });

  it('are at most ten per key', async () => {
    const busy = await admin.create({ allowedOrigins: ['https://busy.example'] });
    const made = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        subscribe(`https://busy.example/hook/${index}`, ['region.changed'], busy.secret),
      ),
    );
    expect(made.filter((payload) => payload.subscription).length).toBe(10);
    expect(made.filter((payload) => payload.userErrors[0]?.code === 'LIMIT_REACHED').length).toBe(2);
  });
});

describe('webhook deliveries', () => {
  it('reach the endpoint signed as Standard Webhooks, which the reference library verifies', async () => {
    const { id, secret } = await subscribed('/signed');
    const actionId = await actionPublished();
    await vi.waitFor(() => expect(receiver.on('/signed')).toHaveLength(1), { timeout: 90_000 });
    const [request] = receiver.on('/signed');
    if (!request) throw new Error('nothing arrived');
    expect(verifyWebhook(secret, request)).toEqual({
      type: 'action.published',
      timestamp: expect.any(String),
      data: {
        entityType: 'action',
        id: actionId,
        kind: 'status_changed',
        changedFields: ['status', 'publishedAt'],
        version: 3,
        inPublicView: true,
        changeCursor: expect.any(String),
      },
    });
    expect(() => verifyWebhook(`whsec_${Buffer.alloc(32, 7).toString('base64')}`, request)).toThrow();
    expect(request.headers['webhook-id']).toMatch(/^[0-9a-f-]{36}$/);
    await vi.waitFor(async () =>
      expect(await deliveries(id)).toEqual([
        expect.objectContaining({
          id: request.headers['webhook-id'],
          eventType: 'action.published',
          payload: request.body,
          status: 'SUCCEEDED',
          attempts: 1,
          lastResponseStatus: 200,
        }),
      ]),
    );
  });

  it('are retried with backoff: a receiver failing twice then succeeding gets the same message three times', async () => {
    receiver.answer('/flaky', { status: 500 }, { status: 503 }, { status: 204 });
    const { id, secret } = await subscribed('/flaky');
    await actionPublished();
    await vi.waitFor(async () => expect((await deliveries(id))[0]?.status).toBe('SUCCEEDED'), { timeout: 90_000 });
    const attempts = receiver.on('/flaky');
    expect(attempts).toHaveLength(3);
    expect(new Set(attempts.map((attempt) => attempt.headers['webhook-id'])).size).toBe(1);
    for (const attempt of attempts) expect(() => verifyWebhook(secret, attempt)).not.toThrow();
    expect(await deliveries(id)).toEqual([
      expect.objectContaining({ attempts: 3, lastResponseStatus: 204, lastError: null }),
    ]);
    expect(await subscription(id)).toMatchObject({ status: 'ACTIVE', failingSince: null });
  });

  it('give up after the schedule, list as failed, and can be re-sent with the same id', async () => {
    receiver.answer('/down', { status: 500 });
    const { id } = await subscribed('/down');
    await actionPublished();
    await vi.waitFor(async () => expect((await deliveries(id, 'FAILED'))[0]?.attempts).toBe(4), { timeout: 90_000 });
    expect((await deliveries(id, 'FAILED'))[0]?.lastError).toBe('answered HTTP 500');
    expect(await deliveries(id, 'SUCCEEDED')).toEqual([]);
    receiver.answer('/down', { status: 200 });
    const [failed] = await deliveries(id);
    const resent = await query<{ resendWebhookDelivery: UserErrors & { delivery: { status: string } | null } }>(
      'mutation($id: UUID!) { resendWebhookDelivery(input: { id: $id }) { delivery { status } userErrors { code } } }',
      { id: failed?.id },
      asPartner(),
    );
    expect(resent.body.data?.resendWebhookDelivery).toEqual({ delivery: { status: 'PENDING' }, userErrors: [] });
    await vi.waitFor(async () => expect((await deliveries(id))[0]?.status).toBe('SUCCEEDED'), { timeout: 90_000 });
    expect(receiver.on('/down')).toHaveLength(5);
    expect(receiver.on('/down').at(-1)?.headers['webhook-id']).toBe(failed?.id);
  });

  it('pause an endpoint that failed for a day and tell the partner why, until it is resumed', async () => {
    receiver.answer('/gone', { status: 410 });
    const { id } = await subscribed('/gone');
    await platform.db
      .update(webhookSubscriptions)
      .set({ failingSince: new Date(Date.now() - 25 * 3_600_000) })
      .where(eq(webhookSubscriptions.id, id));
    await actionPublished();
    await vi.waitFor(async () => expect((await subscription(id))?.status).toBe('PAUSED'), { timeout: 90_000 });
    const paused = await subscription(id);
    expect(paused?.pauseReason).toMatch(
      /^Every delivery since .* failed \(the last one: answered HTTP 410\)\. New events wait/,
    );
    const attemptsBeforePause = receiver.on('/gone').length;
    await actionPublished();
    await vi.waitFor(async () => expect(await deliveries(id)).toHaveLength(2));
    await worker.runOnce();
    expect(receiver.on('/gone')).toHaveLength(attemptsBeforePause);
    receiver.answer('/gone', { status: 200 });
    const resumed = await query<{ resumeWebhookSubscription: { subscription: { status: string } } }>(
      'mutation($id: UUID!) { resumeWebhookSubscription(input: { id: $id }) { subscription { status } userErrors { code } } }',
      { id },
      asPartner(),
    );
    expect(resumed.body.data?.resumeWebhookSubscription.subscription.status).toBe('ACTIVE');
    await vi.waitFor(async () => expect(await deliveries(id, 'SUCCEEDED')).toHaveLength(2), { timeout: 90_000 });
    expect(await subscription(id)).toMatchObject({ pausedAt: null, pauseReason: null, failingSince: null });
  });

  it('carry a signature for each secret while a rotation overlaps, and only the new one after', async () => {
    const { id, secret: first } = await subscribed('/rotating');
    const rotate = async (overlapHours: number) => {
      const response = await query<{
        rotateWebhookSecret: { secret: string; subscription: { secretHints: string[] } };
      }>(
        'mutation($id: UUID!, $hours: Int) { rotateWebhookSecret(input: { id: $id, overlapHours: $hours }) { secret subscription { secretHints } userErrors { code } } }',
        { id, hours: overlapHours },
        asPartner(),
      );
      return response.body.data?.rotateWebhookSecret;
    };
    const second = await rotate(24);
    expect(second?.subscription.secretHints).toHaveLength(2);
    await actionPublished();
    await vi.waitFor(() => expect(receiver.on('/rotating')).toHaveLength(1), { timeout: 90_000 });
    const overlapping = receiver.on('/rotating')[0];
    if (!overlapping || !second) throw new Error('nothing arrived');
    expect(String(overlapping.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(() => verifyWebhook(first, overlapping)).not.toThrow();
    expect(() => verifyWebhook(second.secret, overlapping)).not.toThrow();
    const third = await rotate(0);
    await actionPublished();
    await vi.waitFor(() => expect(receiver.on('/rotating')).toHaveLength(2), { timeout: 90_000 });
    const after = receiver.on('/rotating')[1];
    if (!after || !third) throw new Error('nothing arrived');
    expect(() => verifyWebhook(third.secret, after)).not.toThrow();
    expect(() => verifyWebhook(second.secret, after)).toThrow();
    const refused = await query<{ rotateWebhookSecret: UserErrors }>(
      'mutation($id: UUID!) { rotateWebhookSecret(input: { id: $id, overlapHours: 500 }) { userErrors { field code } } }',
      { id },
      asPartner(),
    );
    expect(refused.body.data?.rotateWebhookSecret.userErrors).toEqual([
      { field: ['input', 'overlapHours'], code: 'INVALID' },
    ]);
  });

  it('name a cancellation conference.cancelled, and tell nothing of a draft called off that was never public', async () => {
    const cancelled = await subscribed('/cancelled', ['conference.cancelled']);
    const changed = await subscribed('/changed', ['conference.changed', 'conference.published']);
    const conference = randomUUID();
    const change = (version: number, status: string, kind: 'created' | 'status_changed') =>
      publishEvent(platform.transport ?? fail(), contracts.conferenceChangedV2, conference, {
        key: { id: conference },
        kind,
        changedFields: kind === 'created' ? ['title', 'status'] : ['status'],
        public: status !== 'draft',
        version,
        status,
      });
    const never = randomUUID();
    await publishEvent(platform.transport ?? fail(), contracts.conferenceChangedV2, never, {
      key: { id: never },
      kind: 'status_changed',
      changedFields: ['status'],
      public: true,
      version: 2,
      status: 'cancelled',
    });
    await change(1, 'draft', 'created');
    await change(2, 'open_for_registration', 'status_changed');
    await change(3, 'cancelled', 'status_changed');
    await vi.waitFor(() => expect(receiver.on('/cancelled')).toHaveLength(1), { timeout: 90_000 });
    const [request] = receiver.on('/cancelled');
    if (!request) throw new Error('nothing arrived');
    expect(verifyWebhook(cancelled.secret, request)).toEqual({
      type: 'conference.cancelled',
      timestamp: expect.any(String),
      data: {
        entityType: 'conference',
        id: conference,
        kind: 'status_changed',
        changedFields: ['status'],
        version: 3,
        inPublicView: true,
        status: 'cancelled',
        changeCursor: expect.any(String),
      },
    });
    await vi.waitFor(() => expect(receiver.on('/changed')).toHaveLength(1), { timeout: 90_000 });
    expect(verifyWebhook(changed.secret, receiver.on('/changed')[0] ?? fail())).toMatchObject({
      type: 'conference.published',
      data: { id: conference, version: 2, status: 'open_for_registration' },
    });
    // The cancellation went to its own event only, and the draft that was never public to nobody.
    await vi.waitFor(async () => expect((await deliveries(cancelled.id))[0]?.status).toBe('SUCCEEDED'));
    expect(await deliveries(changed.id)).toHaveLength(1);
    expect(receiver.on('/cancelled')).toHaveLength(1);
  });

  it('follow no redirect', async () => {
    receiver.answer('/moved', { status: 301, location: receiver.url('/elsewhere') });
    const { id } = await subscribed('/moved');
    await actionPublished();
    await vi.waitFor(async () => expect((await deliveries(id))[0]?.lastResponseStatus).toBe(301), { timeout: 90_000 });
    expect((await deliveries(id))[0]?.lastError).toMatch(
      /^answered HTTP 301 to .*\/elsewhere; redirects are not followed$/,
    );
    expect(receiver.on('/elsewhere')).toEqual([]);
  });
});
