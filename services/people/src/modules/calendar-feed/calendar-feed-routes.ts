import type { Db } from '@mitmach/db';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { personOfFeedToken } from './calendar-feed.service';

const resolveBody = z.object({ token: z.string().min(1).max(128) });

/**
 * What the gateway asks when a calendar application fetches a member's feed: whose it is. Like every route of a
 * subgraph it answers only requests with the caller header the gateway signs, so no one else can probe tokens here.
 */
export function registerCalendarFeedRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  app.post('/calendar-feeds/resolve', { bodyLimit: 1_024 }, async (request, reply) => {
    const body = resolveBody.safeParse(request.body);
    if (!body.success) {
      return reply
        .status(400)
        .send({ errors: [{ message: 'The body is { "token": "…" }.', extensions: { code: 'BAD_REQUEST' } }] });
    }
    const personId = await personOfFeedToken(db, body.data.token);
    reply.header('cache-control', 'no-store');
    if (!personId) {
      return reply
        .status(404)
        .send({ errors: [{ message: 'No feed has this address.', extensions: { code: 'NOT_FOUND' } }] });
    }
    return reply.send({ personId });
  });
}
