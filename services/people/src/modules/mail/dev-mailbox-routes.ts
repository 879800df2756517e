import type { Db } from '@mitmach/db';
import { desc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { devMailbox } from '../../db/schema';
import { page } from '../guests/link-pages';
import { escapeHtml } from './mail-layout';

const shown = 50;

/**
 * The built-in mailbox, registered only when no SMTP server is configured: the latest messages as JSON
 * (`?format=json`) or as a page, and each message's full MIME source at `/dev/mailbox/<id>.eml`.
 */
export function registerDevMailbox(app: FastifyInstance, db: Db): void {
  app.get('/dev/mailbox', async (request, reply) => {
    const rows = await db.select().from(devMailbox).orderBy(desc(devMailbox.receivedAt)).limit(shown);
    reply.header('cache-control', 'no-store');
    if ((request.query as { format?: string }).format === 'json') {
      return reply.send({
        messages: rows.map(({ raw: _raw, ...message }) => ({
          ...message,
          receivedAt: message.receivedAt.toISOString(),
        })),
      });
    }
    const items = rows
      .map(
        (row) =>
          `<article><h2>${escapeHtml(row.subject)}</h2><p>An: ${escapeHtml(row.recipient)} · ${row.receivedAt.toISOString()} · ` +
          `<a href="/dev/mailbox/${row.id}.eml">MIME</a></p><iframe sandbox title="${escapeHtml(row.subject)}" ` +
          `style="width: 100%; height: 24em; border: 1px solid #ccc" srcdoc="${escapeHtml(row.html)}"></iframe></article>`,
      )
      .join('');
    return reply
      .header('content-type', 'text/html; charset=utf-8')
      .send(page('Mailbox (development)', items || '<p>No messages yet.</p>'));
  });
  app.get<{ Params: { id: string } }>('/dev/mailbox/:id.eml', async (request, reply) => {
    const id = request.params.id;
    if (!/^[0-9a-f-]{36}$/.test(id)) return reply.status(404).send();
    const [row] = await db.select().from(devMailbox).where(eq(devMailbox.id, id));
    if (!row) return reply.status(404).send();
    return reply.header('content-type', 'message/rfc822').header('cache-control', 'no-store').send(row.raw);
  });
}
