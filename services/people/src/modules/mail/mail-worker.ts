import type { Db } from '@mitmach/db';
import type { Worker } from '@mitmach/events';
import type { Logger } from 'pino';
import type { MailOutboxRow } from '../../db/schema';
import { createPollingWorker } from '../polling-worker';
import { claimDueMails, recordMailAttempt } from './mail-outbox.repository';
import { nextMailAttemptAt } from './mail-retry';
import type { MailTransport } from './mail-transport';

export interface MailWorkerOptions {
  db: Db;
  logger: Logger;
  transport: MailTransport;
  from: string;
  retryDelaysMs?: readonly number[];
  pollIntervalMs?: number;
  batchSize?: number;
  /** Longer than any send can take, so a message comes back only when its sender is gone. */
  leaseMs?: number;
}

export interface MailWorker extends Worker {
  /** One round, for tests: sends what is due now; returns how many messages it attempted. */
  runOnce(): Promise<number>;
}

/** Sends the mail outbox: each message at least once, retried with backoff, a bounce recorded and not retried. */
export function createMailWorker(options: MailWorkerOptions): MailWorker {
  const logger = options.logger.child({ worker: 'mail-outbox', transport: options.transport.kind });
  const pollIntervalMs = options.pollIntervalMs ?? 500;
  const batchSize = options.batchSize ?? 20;
  const leaseMs = options.leaseMs ?? 120_000;

  async function attempt(mail: MailOutboxRow): Promise<void> {
    const result = await options.transport.send(mail, options.from);
    const now = new Date();
    if (result.ok) {
      await recordMailAttempt(options.db, mail.id, { status: 'sent', sentAt: now, lastError: null });
    } else if (result.permanent) {
      logger.warn({ mailId: mail.id, error: result.error }, 'a message bounced');
      await recordMailAttempt(options.db, mail.id, { status: 'bounced', lastError: result.error });
    } else {
      await recordMailAttempt(options.db, mail.id, {
        lastError: result.error,
        nextAttemptAt: nextMailAttemptAt(mail.attempts + 1, now, options.retryDelaysMs),
      });
    }
  }

  async function runOnce(): Promise<number> {
    const due = await claimDueMails(options.db, batchSize, leaseMs);
    for (const mail of due) {
      try {
        await attempt(mail);
      } catch (error) {
        // The lease brings the message back.
        logger.error({ err: error, mailId: mail.id }, 'sending a message failed');
      }
    }
    return due.length;
  }

  const worker = createPollingWorker({
    name: 'mail-outbox',
    logger: options.logger.child({ transport: options.transport.kind }),
    pollIntervalMs,
    round: runOnce,
    done: 'messages attempted',
    failed: 'taking due messages failed',
  });
  return {
    ...worker,
    runOnce,
    async stop() {
      await worker.stop();
      options.transport.close();
    },
  };
}
