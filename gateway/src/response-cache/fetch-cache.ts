import { createHash } from 'node:crypto';
import type { DocumentNode } from 'graphql';
import { Counter, type Registry } from 'prom-client';
import { type Admission, type AdmissionOptions, createAdmission } from './admission';
import { type ResponseCacheStore, remainingMs } from './store';
import { entityTags } from './tags';

/** What a subgraph answered to one fetch, as far as the fetch cache is concerned. */
export interface FetchAnswer {
  data?: Record<string, unknown> | null;
  errors?: readonly unknown[];
}

/** The public cache hint of a kept answer: what the cache-control header of the subgraph said, less its age. */
export interface FetchHint {
  maxAge: number;
  scope: 'PUBLIC';
}

export interface FetchCacheOptions {
  /** The response cache's store: the answers are dropped with the whole answers, by the same tags and events. */
  store: ResponseCacheStore;
  /** The tags of the operation a fetch belongs to (the types it selects), by its document. */
  documentTags: (document: DocumentNode) => string[];
  /** Answers are kept at most this long, whatever the subgraph's header says. */
  maxAgeSeconds: number;
  admission?: AdmissionOptions;
  metrics: Registry;
}

export interface FetchCache {
  /** The key of a public read's fetch: the same subgraph, document and variables get the same answer. */
  keyOf(subgraph: string, query: string, variables: unknown): string;
  /** A kept answer, as a fresh object the gateway may write into, with the hint it restricts the answer's policy by. */
  get(key: string): Promise<{ answer: FetchAnswer; hint: FetchHint } | null>;
  /**
   * Keeps a subgraph's answer when its header says public with a max-age, it carries no error, and admission takes
   * it (its key was asked before within the window, or the same document's keys come back). Tagged by the ids in its
   * data and its variables (the entities it was asked about) and by the types the whole operation selects, so that any
   * change that could concern it drops it.
   */
  keep(key: string, answer: FetchAnswer, cacheControl: string | null, variables: unknown, document: DocumentNode): void;
}

const maxAgeOf = /(?:^|,)\s*max-age=(\d+)/;

/** The part of a key that names the subgraph and document: the group whose keys admission watches come back. */
const documentOfKey = (key: string): string => key.slice(0, key.lastIndexOf(':'));
const isPublic = /(?:^|,)\s*public\b/;

/**
 * Subgraph answers to the fetches of public reads, kept in the response cache's store. A whole answer that is new
 * (other variables, another page) is mostly made of fetches that are not: the same entities asked of the same
 * subgraphs, which are then answered here instead of by the subgraph. Failures to write are the store's to log; a
 * fetch is never held up by one.
 */
export function createFetchCache(options: FetchCacheOptions, onWriteError: (error: unknown) => void): FetchCache {
  const admission: Admission = createAdmission(options.admission ?? { windowMs: 60_000, maxKeys: 50_000 });
  const lookups = new Counter({
    name: 'mitmach_fetch_cache_lookups_total',
    help: "Lookups of subgraph answers to public reads' fetches in the fetch cache, by result (hit or miss).",
    labelNames: ['result'],
    registers: [options.metrics],
  });
  return {
    keyOf(subgraph, query, variables) {
      const document = createHash('sha256').update(`${subgraph}\u0000${query}`).digest('base64url');
      return `fetch:${document}:${createHash('sha256')
        .update(JSON.stringify(variables ?? null))
        .digest('base64url')}`;
    },
    async get(key) {
      const cached = await options.store.get(key);
      const left = cached ? Math.floor(remainingMs(cached) / 1000) : 0;
      if (!cached || left <= 0) {
        lookups.inc({ result: 'miss' });
        return null;
      }
      lookups.inc({ result: 'hit' });
      return { answer: JSON.parse(cached.body) as FetchAnswer, hint: { maxAge: left, scope: 'PUBLIC' } };
    },
    keep(key, answer, cacheControl, variables, document) {
      if (!cacheControl || answer.errors?.length || !answer.data || !isPublic.test(cacheControl)) return;
      const maxAge = Math.min(Number(maxAgeOf.exec(cacheControl)?.[1] ?? 0), options.maxAgeSeconds);
      if (maxAge <= 0 || !admission.admit(documentOfKey(key), admission.sighted(key))) return;
      const body = JSON.stringify({ data: answer.data });
      const tags = [
        ...new Set([...options.documentTags(document), ...entityTags(answer.data), ...entityTags(variables)]),
      ];
      options.store
        .set(
          key,
          { body, contentType: 'application/json', etag: '', storedAt: Date.now(), maxAgeSeconds: maxAge },
          tags,
        )
        .catch(onWriteError);
    },
  };
}
