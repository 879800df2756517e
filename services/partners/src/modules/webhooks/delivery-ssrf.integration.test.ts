import { contracts } from '@mitmach/events';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiKeys, webhookDeliveries, webhookSecrets, webhookSubscriptions } from '../../db/schema';
import { publishEvent } from '../../testing/publish-event';
import { type RunningPartners, startPartners } from '../../testing/start-partners';
import { startWebhookReceiver, type WebhookReceiver } from '../../testing/webhook-receiver';
import { newWebhookSecret } from './webhook-secret';

// As in production: ALLOW_PRIVATE_WEBHOOK_TARGETS is not set, so the service's own worker checks every target.
vi.stubEnv('ALLOW_PRIVATE_WEBHOOK_TARGETS', undefined);

let platform: RunningPartners;
let receiver: WebhookReceiver;
let keyId: string;

beforeAll(async () => {
  platform = await startPartners({ events: true });
  receiver = await startWebhookReceiver();
  const [key] = await platform.db
    .insert(apiKeys)
    .values({
      name: 'Zeitung',
      contactEmail: 'online@zeitung.example',
      allowedOrigins: [],
      requestsPerMinute: 60,
      persistedDocumentsOnly: false,
    })
    .returning();
  keyId = key?.id ?? '';
});
afterAll(async () => {
  await receiver?.close();
  await platform?.stop();
});

/**
 * A subscription whose host was public when it was made (creation refuses private ones) and has since come to resolve
 * to this machine, as with DNS rebinding: written straight to the table, since the API would not take it.
 */
async function subscriptionTo(url: string): Promise<string> {
  const [subscription] = await platform.db
    .insert(webhookSubscriptions)
    .values({ keyId, url, events: ['region.changed'] })
    .returning();
  await platform.db
    .insert(webhookSecrets)
    .values({ subscriptionId: subscription?.id ?? '', secret: newWebhookSecret() });
  return subscription?.id ?? '';
}

describe('a webhook target that resolves to a private address', () => {
  it('is checked at delivery and refused without a request reaching it', async () => {
    const byName = await subscriptionTo(`http://localhost:${receiver.port}/rebound`);
    const byAddress = await subscriptionTo(`http://[::ffff:127.0.0.1]:${receiver.port}/mapped`);
    const regionId = '0190a0a0-0000-7000-8000-0000000000b1';
    await publishEvent(platform.transport ?? fail(), contracts.regionChanged, regionId, {
      key: { id: regionId },
      kind: 'status_changed',
      changedFields: ['status'],
      public: true,
      version: 5,
    });
    const lastErrorOf = async (subscriptionId: string) => {
      const [delivery] = await platform.db
        .select()
        .from(webhookDeliveries)
        .where(eq(webhookDeliveries.subscriptionId, subscriptionId));
      return delivery?.lastError;
    };
    await vi.waitFor(
      async () => {
        expect(await lastErrorOf(byName)).toMatch(/^localhost resolves to (127\.0\.0\.1|::1), a loopback address$/);
        expect(await lastErrorOf(byAddress)).toBe('::ffff:7f00:1 is a loopback address');
      },
      { timeout: 90_000 },
    );
    expect(receiver.on('/rebound')).toEqual([]);
    expect(receiver.on('/mapped')).toEqual([]);
  });
});

function fail(): never {
  throw new Error('the test platform runs no event transport');
}
