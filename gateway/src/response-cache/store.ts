/** One whole answer as the gateway sent it, with what a later hit needs to answer for it. */
export interface CachedResponse {
  /** The body, byte for byte. */
  body: string;
  contentType: string;
  etag: string;
  storedAt: number;
  maxAgeSeconds: number;
}

/**
 * Where whole answers are kept, each with tags (`id:<uuid>` of every entity it holds, `type:<Name>` of every type it
 * selects) by which a change drops it.
 */
export interface ResponseCacheStore {
  get(key: string): Promise<CachedResponse | undefined>;
  set(key: string, response: CachedResponse, tags: readonly string[]): Promise<void>;
  /** Drops every answer carrying any of the tags; resolves with how many were dropped. */
  invalidate(tags: readonly string[]): Promise<number>;
}

/** A store that hands out an answer's tags with it, so that another store can keep a copy and drop it by them. */
export interface TaggedResponseCacheStore extends ResponseCacheStore {
  getTagged(key: string): Promise<{ response: CachedResponse; tags: readonly string[] } | undefined>;
}

/** The milliseconds an answer has left to live. */
export function remainingMs(response: CachedResponse, now = Date.now()): number {
  return response.storedAt + response.maxAgeSeconds * 1000 - now;
}
