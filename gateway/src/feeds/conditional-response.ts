import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** The entity tags an If-None-Match lists, compared weakly as RFC 9110 (13.1.2) asks for GET. */
function listedTags(header: string): string[] {
  return header.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
}

/**
 * Whether the client holds the current version, evaluated as an origin server does (RFC 9110, 13.2.2): If-None-Match
 * when present, else If-Modified-Since. A request's `Cache-Control: no-cache` addresses caches on the way, not the
 * origin, so it does not turn the answer into a full one (fetch() sends it with every conditional request).
 */
function holdsCurrentVersion(request: FastifyRequest, etag: string, lastModified: Date | null): boolean {
  const noneMatch = request.headers['if-none-match'];
  if (typeof noneMatch === 'string') return noneMatch.trim() === '*' || listedTags(noneMatch).includes(etag);
  const modifiedSince = request.headers['if-modified-since'];
  if (typeof modifiedSince !== 'string' || !lastModified) return false;
  const since = Date.parse(modifiedSince);
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

/**
 * Sends a calendar with a strong ETag of its bytes and, when known, the time its newest entry changed; a client that
 * already holds the same version gets 304 and no body.
 */
export function sendCalendar(
  request: FastifyRequest,
  reply: FastifyReply,
  calendar: { body: string; lastModified: Date | null; cacheControl: string; filename: string },
): FastifyReply {
  const etag = `"${createHash('sha256').update(calendar.body).digest('base64url')}"`;
  reply
    .header('etag', etag)
    .header('cache-control', calendar.cacheControl)
    .header('content-type', 'text/calendar; charset=utf-8')
    .header('content-disposition', `inline; filename="${calendar.filename}"`);
  if (calendar.lastModified) reply.header('last-modified', calendar.lastModified.toUTCString());
  if (holdsCurrentVersion(request, etag, calendar.lastModified)) return reply.status(304).send();
  return reply.send(calendar.body);
}

/** The newest of the instants, or null for none. */
export function newest(instants: readonly string[]): Date | null {
  if (instants.length === 0) return null;
  return new Date(Math.max(...instants.map((instant) => Date.parse(instant))));
}
