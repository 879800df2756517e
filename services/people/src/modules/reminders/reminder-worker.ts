import type { Db } from '@mitmach/db';
import type { Worker } from '@mitmach/events';
import type { Logger } from 'pino';
import type { MailSettings } from '../../env';
import { createPollingWorker } from '../polling-worker';
import { sendDueReminders } from './reminders.service';

/** Sends the reminders two days before conferences as they fall due; their due times are rows, so restarts lose none. */
export function createReminderWorker(options: {
  db: Db;
  logger: Logger;
  settings: MailSettings;
  pollIntervalMs?: number;
}): Worker {
  return createPollingWorker({
    name: 'conference-reminders',
    logger: options.logger,
    pollIntervalMs: options.pollIntervalMs ?? 60_000,
    round: () => sendDueReminders(options.db, options.settings),
    done: 'conference reminders queued',
    failed: 'queueing conference reminders failed',
  });
}
