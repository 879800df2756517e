import { randomUUID } from 'node:crypto';
import { appendChange, type ChangePayload, type EventEnvelope, uuidV7 } from '@mitmach/events';
import { errorCodes, graphqlClient } from '@mitmach/testkit';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { changeLog } from '../../db/schema';
import { keyAdmin } from '../../testing/key-admin';
import { type RunningPartners, startPartners } from '../../testing/start-partners';
import { startWebhookReceiver, verifyWebhook, type WebhookReceiver } from '../../testing/webhook-receiver';
import { fanOutChange } from '../webhooks/change-webhooks';

vi.stubEnv('ALLOW_PRIVATE_WEBHOOK_TARGETS', 'true');

let platform: RunningPartners;
let query: ReturnType<typeof graphqlClient>;
let receiver: WebhookReceiver;

beforeAll(async () => {
  platform = await startPartners({ events: true });
  query = graphqlClient(platform.gatewayUrl);
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver?.close();
  await platform?.stop();
});

// Changes show once every transaction older than theirs has ended, anywhere on the database server, so a test that
// shares the server with others may wait for theirs.
const waitForCommits = { timeout: 30_000, interval: 100 };

const sources: Record<string, string> = { region: 'regions', conference: 'conferences', action: 'action-pool' };

function change(
  entityType: string,
  id: string,
  version: number,
  kind: ChangePayload['kind'],
  isPublic: boolean,
): EventEnvelope<ChangePayload> {
  return {
    id: uuidV7(),
    name: `${sources[entityType] ?? 'regions'}.${entityType}-changed`,
    version: 1,
    aggregateType: entityType,
    aggregateId: id,
    occurredAt: new Date().toISOString(),
    source: sources[entityType] ?? 'regions',
    traceparent: null,
    payload: { key: { id }, kind, changedFields: kind === 'created' ? [] : ['status'], public: isPublic, version },
  };
}

/** Applies a change event as the service's consumer does: the log entry and its webhooks in one transaction. */
function consume(event: EventEnvelope<ChangePayload>, holdMs = 0) {
  return platform.db.transaction(async (tx) => {
    await appendChange(tx, changeLog, event);
    await fanOutChange(tx, event);
    // Keeps the transaction open, so that transactions commit in another order than they logged.
    if (holdMs > 0) await tx.execute(sql`select pg_sleep(${holdMs / 1000})`);
  });
}

interface Page {
  edges: { cursor: string; node: Record<string, unknown> }[];
  pageInfo: { endCursor: string; hasNextPage: boolean };
}

async function page(after: string | null, variables: Record<string, unknown> = {}) {
  return query<{ publicChanges: Page }>(
    `query($after: String, $first: Int, $types: [PublicChangeType!]) {
      publicChanges(after: $after, first: $first, types: $types) {
        edges { cursor node { type id kind changedFields version inPublicView removalReason occurredAt } }
        pageInfo { endCursor hasNextPage }
      }
    }`,
    { after, first: 10, ...variables },
  );
}

/** Follows the feed from a cursor until it has nothing more to read right now. */
async function follow(after: string | null, variables: Record<string, unknown> = {}) {
  const nodes: Record<string, unknown>[] = [];
  let cursor = after;
  for (;;) {
    const response = await page(cursor, variables);
    const data = response.body.data?.publicChanges;
    if (!data) throw new Error(JSON.stringify(response.body));
    nodes.push(...data.edges.map((edge) => edge.node));
    cursor = data.pageInfo.endCursor;
    if (!data.pageInfo.hasNextPage) return { nodes, cursor };
  }
}

async function snapshotCursor(): Promise<string> {
  const response = await query<{ publicChangesSnapshotCursor: string }>('{ publicChangesSnapshotCursor }');
  return response.body.data?.publicChangesSnapshotCursor ?? '';
}

describe('the public change feed', () => {
  it('shows public changes and entities leaving the public view with a reason, not drafts', async () => {
    const start = await snapshotCursor();
    const [draft, published, withdrawn, region] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await consume(change('conference', draft, 1, 'created', false));
    await consume(change('conference', draft, 2, 'updated', false));
    await consume(change('conference', published, 1, 'created', false));
    await consume(change('conference', published, 2, 'status_changed', true));
    await consume(change('conference', published, 3, 'status_changed', false));
    await consume(change('conference', withdrawn, 1, 'withdrawn', false));
    await consume(change('region', region, 7, 'updated', true));
    await consume(change('peer-group', randomUUID(), 1, 'created', true));
    const nodes = await vi.waitFor(async () => {
      const read = await follow(start);
      expect(read.nodes).toHaveLength(4);
      return read.nodes;
    }, waitForCommits);
    expect(
      nodes.map(({ type, id, kind, version, inPublicView, removalReason }) => ({
        type,
        id,
        kind,
        version,
        inPublicView,
        removalReason,
      })),
    ).toEqual([
      {
        type: 'CONFERENCE',
        id: published,
        kind: 'STATUS_CHANGED',
        version: 2,
        inPublicView: true,
        removalReason: null,
      },
      {
        type: 'CONFERENCE',
        id: published,
        kind: 'STATUS_CHANGED',
        version: 3,
        inPublicView: false,
        removalReason: 'no longer public',
      },
      {
        type: 'CONFERENCE',
        id: withdrawn,
        kind: 'WITHDRAWN',
        version: 1,
        inPublicView: false,
        removalReason: 'withdrawn from the public view',
      },
      { type: 'REGION', id: region, kind: 'UPDATED', version: 7, inPublicView: true, removalReason: null },
    ]);
    const regionsOnly = await follow(start, { types: ['REGION'] });
    expect(regionsOnly.nodes.map((node) => node.id)).toEqual([region]);
  });

  it('refuses a cursor it did not issue, a page size out of range and an empty type list', async () => {
    expect(errorCodes(await page('bm90IGEgY3Vyc29y'))).toEqual(['BAD_USER_INPUT']);
    expect((await page('bm90IGEgY3Vyc29y')).body.errors?.[0]?.message).toContain('is not a change cursor');
    expect(errorCodes(await page(null, { first: 101 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await page(null, { first: 0 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await page(null, { types: [] }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await page(null, { types: ['PERSON'] }))).toEqual(['BAD_USER_INPUT']);
  });

  it('misses and repeats nothing for a partner following it under 10 concurrent writers', async () => {
    let cursor = await snapshotCursor();
    const written: string[] = [];
    const seen: string[] = [];
    let writing = true;
    const writers = Array.from({ length: 10 }, async (_, writer) => {
      for (let round = 0; round < 8; round += 1) {
        const id = randomUUID();
        written.push(`${id}@1`);
        await consume(
          change(writer % 2 ? 'region' : 'conference', id, 1, 'created', true),
          ((writer * 7 + round * 3) % 5) * 20,
        );
      }
    });
    const reader = (async () => {
      while (writing) {
        const read = await follow(cursor);
        seen.push(...read.nodes.map((node) => `${node.id}@${node.version}`));
        cursor = read.cursor;
      }
    })();
    await Promise.all(writers);
    writing = false;
    await reader;
    await vi.waitFor(async () => {
      const rest = await follow(cursor);
      seen.push(...rest.nodes.map((node) => `${node.id}@${node.version}`));
      cursor = rest.cursor;
      expect(seen.length).toBeGreaterThanOrEqual(80);
    }, waitForCommits);
    expect(seen).toHaveLength(80);
    expect(new Set(seen).size).toBe(80);
    expect(new Set(seen)).toEqual(new Set(written));
  });
});

describe('a change that makes a webhook', () => {
  it('reaches the subscriber signed, with the cursor the feed shows it at', async () => {
    const admin = await keyAdmin(platform);
    const key = await admin.create({ allowedOrigins: ['https://www.landkreis-kassel.example'] });
    const created = await query<{ createWebhookSubscription: { secret: string } }>(
      `mutation($url: String!) { createWebhookSubscription(input: { url: $url, events: ["conference.published", "conference.changed"] }) { secret } }`,
      { url: receiver.url('/conferences') },
      { headers: { 'x-api-key': key.secret } },
    );
    const secret = created.body.data?.createWebhookSubscription.secret ?? '';
    const before = await snapshotCursor();
    const conference = randomUUID();
    await consume(change('conference', conference, 1, 'created', false));
    await consume(change('conference', conference, 2, 'status_changed', true));
    await vi.waitFor(() => expect(receiver.on('/conferences')).toHaveLength(1), { timeout: 90_000 });
    const [delivery] = receiver.on('/conferences');
    if (!delivery) throw new Error('nothing arrived');
    const body = verifyWebhook(secret, delivery) as { type: string; data: Record<string, unknown> };
    expect(body).toMatchObject({
      type: 'conference.published',
      data: { entityType: 'conference', id: conference, kind: 'status_changed', version: 2, inPublicView: true },
    });
    const feed = await vi.waitFor(async () => {
      const read = await page(before);
      expect(read.body.data?.publicChanges.edges).toHaveLength(1);
      return read;
    }, waitForCommits);
    expect(feed.body.data?.publicChanges.edges).toEqual([
      { cursor: body.data.changeCursor, node: expect.objectContaining({ id: conference, version: 2 }) },
    ]);
  });
});
