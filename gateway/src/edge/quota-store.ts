import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/**
 * The Redis connection the quotas of all gateway replicas share. A command fails at once while Redis is away rather
 * than waiting in a queue, so the quota check is skipped and the request served instead of held; the outage is
 * logged once, not per reconnection attempt.
 */
export function connectQuotaStore(url: string, logger: Logger): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2_000 });
  let down = false;
  redis.on('error', (error) => {
    if (down) return;
    down = true;
    logger.warn({ err: error }, 'the quota store (Redis) is unreachable; quotas are not enforced until it is back');
  });
  redis.on('ready', () => {
    if (down) logger.info('the quota store (Redis) is back; quotas are enforced again');
    down = false;
  });
  return redis;
}
