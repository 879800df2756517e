import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { newest, sendCalendar } from './conditional-response';
import { conferenceFeed, regionBySlug } from './conference-feed';
import { parseFeedFilter } from './feed-filter';
import { FeedError, type RunOperation } from './gateway-operation';

const countryNames: Record<string, string> = { DE: 'Deutschland', AT: 'Österreich', CH: 'Schweiz', IT: 'Südtirol' };

// Public data, cached as briefly as the GraphQL answers it is read from.
const publicCaching = 'public, max-age=300';

/** Answers a feed's client error as the GraphQL API would; anything else is the server's failure. */
export function sendFeedError(request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
  if (!(error instanceof FeedError)) throw error;
  return reply
    .status(error.status)
    .send({ errors: [{ message: error.message, extensions: { code: error.code, requestId: request.id } }] });
}

/**
 * The calendar feeds (RFC 5545) of the public conferences: every upcoming one, filtered by country, region and field
 * of action, and those of one region. Quotas, caller identification and CORS apply to them as to every route.
 */
export function registerConferenceFeeds(app: FastifyInstance, run: RunOperation): void {
  app.get('/feeds/conferences.ics', async (request, reply) => {
    try {
      const params = parseFeedFilter(request.query as Record<string, unknown>, ['country', 'region', 'fieldOfAction']);
      const where = params.countries.map((country) => countryNames[country]).join(', ');
      const feed = await conferenceFeed({ run, caller: request.caller, requestId: request.id }, params, {
        title: where ? `Mitmach-Konferenzen: ${where}` : 'Mitmach-Konferenzen',
        description:
          'Die kommenden Mitmach-Konferenzen, Mitmach-Werkstätten und Erfolgs-Workshops der Mitmach-Regionen',
      });
      return sendCalendar(request, reply, {
        body: feed.body,
        lastModified: newest(feed.conferences.map((conference) => conference.updatedAt)),
        cacheControl: publicCaching,
        filename: 'mitmach-konferenzen.ics',
      });
    } catch (error) {
      return sendFeedError(request, reply, error);
    }
  });

  app.get<{ Params: { slug: string } }>('/feeds/regions/:slug/conferences.ics', async (request, reply) => {
    try {
      const params = parseFeedFilter(request.query as Record<string, unknown>, []);
      const reader = { run, caller: request.caller, requestId: request.id };
      const region = await regionBySlug(reader, request.params.slug);
      if (!region) throw new FeedError(404, 'NOT_FOUND', `There is no region with the slug ${request.params.slug}.`);
      const feed = await conferenceFeed(
        reader,
        { ...params, regionSlugs: [request.params.slug] },
        {
          title: `Mitmach-Konferenzen: ${region.name}`,
          description: `Die kommenden Mitmach-Konferenzen der Mitmach-Region ${region.name}`,
        },
      );
      return sendCalendar(request, reply, {
        body: feed.body,
        lastModified: newest(feed.conferences.map((conference) => conference.updatedAt)),
        cacheControl: publicCaching,
        filename: `mitmach-konferenzen-${request.params.slug}.ics`,
      });
    } catch (error) {
      return sendFeedError(request, reply, error);
    }
  });
}
