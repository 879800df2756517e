import type { FastifyInstance } from 'fastify';
import { sendCalendar } from './conditional-response';
import type { FeedOwnerLookup } from './feed-owner-client';
import { sendFeedError } from './feed-routes';
import { FeedError, type RunOperation } from './gateway-operation';
import { memberFeed } from './member-feed';

/** The shape of a feed address's last segment: the people service's 43-character token and `.ics`. */
const feedFile = /^([A-Za-z0-9_-]{43})\.ics$/;

const unknownFeed = () => new FeedError(404, 'NOT_FOUND', 'There is no calendar feed at this address.');

/**
 * `GET /feeds/me/<token>.ics`: a member's own calendar, for calendar applications, which can send no credentials but
 * the secret address. The people service says whose the token is; the feed is then read through the gateway as that
 * member. An unknown token and a malformed one get the same 404, and every guess counts against the address's quota.
 */
export function registerMemberFeed(
  app: FastifyInstance,
  options: { run: RunOperation; owner: FeedOwnerLookup; now?: () => Date },
): void {
  app.get<{ Params: { file: string } }>('/feeds/me/:file', async (request, reply) => {
    // The address is the credential: no page it is opened from may pass it on, no search engine may keep it.
    reply.header('referrer-policy', 'no-referrer').header('x-robots-tag', 'noindex');
    try {
      const token = feedFile.exec(request.params.file)?.[1];
      if (!token) throw unknownFeed();
      const personId = await options.owner(token, request.id);
      if (!personId) throw unknownFeed();
      const feed = await memberFeed(
        { run: options.run, caller: { personId, roles: ['member'], regionIds: [] }, requestId: request.id },
        options.now?.() ?? new Date(),
      );
      return sendCalendar(request, reply, {
        body: feed.body,
        lastModified: feed.lastModified,
        // Personal data: a calendar application may keep it and ask again with its ETag, no shared cache may.
        cacheControl: 'private, no-cache',
        filename: 'meine-mitmach-termine.ics',
      });
    } catch (error) {
      return sendFeedError(request, reply, error);
    }
  });
}
