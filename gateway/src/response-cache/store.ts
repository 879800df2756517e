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
