import type { Logger } from 'pino';
import type { PartnersClient } from './partners-client';

/** Collects when each key was last used and sends the lot every few seconds: no write per request. */
export function createUsageRecorder(client: PartnersClient, intervalMs: number, logger: Logger) {
  let latest = new Map<string, Date>();
  async function flush(): Promise<void> {
    if (latest.size === 0) return;
    const batch = latest;
    latest = new Map();
    try {
      await client.recordUses([...batch].map(([keyId, at]) => ({ keyId, at })));
    } catch (error) {
      logger.warn({ err: error, keys: batch.size }, 'recording API key use failed; keeping it for the next round');
      for (const [keyId, at] of batch) if (!latest.has(keyId)) latest.set(keyId, at);
    }
  }
  const timer = setInterval(() => void flush(), intervalMs);
  timer.unref();
  return {
    used(keyId: string) {
      latest.set(keyId, new Date());
    },
    flush,
    async close() {
      clearInterval(timer);
      await flush();
    },
  };
}

export type UsageRecorder = ReturnType<typeof createUsageRecorder>;
