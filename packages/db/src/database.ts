import { PGlite } from '@electric-sql/pglite';
import type { Logger as DrizzleLogger } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { observePglite, observePostgres, type StatementObserver } from './observed-client';

/** The drizzle API every service codes against, whichever engine is underneath. */
export type Db = PgDatabase<PgQueryResultHKT>;

export interface DrizzleOptions {
  /** Observes every SQL statement the view sends; used to prove that batching holds. */
  onQuery?: (sql: string, params: unknown[]) => void;
  /** Sees every statement of the view from sending to settling, so that tracing can time it; nothing when absent. */
  observe?: StatementObserver;
}

export interface MigrationOptions {
  migrationsFolder: string;
  /** The service's own Postgres schema; its migrations create it. */
  schema: string;
}

// The journals live apart from the service schemas, because each service's first migration creates its schema.
function journalOf(migrationsFolder: string, schema: string) {
  return { migrationsFolder, migrationsSchema: 'migrations', migrationsTable: schema };
}

export interface DatabaseConnection {
  readonly kind: 'postgres' | 'pglite';
  drizzle(options?: DrizzleOptions): Db;
  migrate(options: MigrationOptions): Promise<void>;
  /** Cheap round trip for readiness probes. */
  ping(): Promise<boolean>;
  /** Calls `onNotify` for every NOTIFY on `channel` until the returned function is called. */
  listen(channel: string, onNotify: () => void): Promise<() => Promise<void>>;
  /**
   * Takes an exclusive lock named `key` for as long as the caller holds it, across processes on Postgres; returns its
   * release function, or null when someone else holds it.
   */
  tryLock(key: string): Promise<(() => Promise<void>) | null>;
  close(): Promise<void>;
}

function loggerFor(options: DrizzleOptions | undefined): DrizzleLogger | undefined {
  const onQuery = options?.onQuery;
  return onQuery ? { logQuery: (query, params) => onQuery(query, params) } : undefined;
}

export interface PostgresOptions {
  url: string;
  maxConnections?: number;
  applicationName?: string;
  /** A statement running longer is cancelled (SQLSTATE 57014), so one slow query cannot hold a connection for good. */
  statementTimeoutMs?: number;
  /** A session idle inside an open transaction longer than this is ended, releasing its locks. */
  idleInTransactionTimeoutMs?: number;
}

export function connectPostgres(options: PostgresOptions): DatabaseConnection {
  const client = postgres(options.url, {
    max: options.maxConnections ?? 10,
    onnotice: () => {},
    connection: {
      application_name: options.applicationName ?? 'mitmach',
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
      ...(options.idleInTransactionTimeoutMs
        ? { idle_in_transaction_session_timeout: options.idleInTransactionTimeoutMs }
        : {}),
    },
  });
  return {
    kind: 'postgres',
    drizzle: (drizzleOptions) =>
      drizzlePostgres(drizzleOptions?.observe ? observePostgres(client, drizzleOptions.observe) : client, {
        casing: 'snake_case',
        logger: loggerFor(drizzleOptions),
      }),
    async migrate({ migrationsFolder, schema }) {
      // A dedicated session, so that the advisory lock and the migrator share one connection while several replicas
      // of a service start at once.
      const session = postgres(options.url, { max: 1, onnotice: () => {} });
      try {
        await session`select pg_advisory_lock(hashtext(${`migrate:${schema}`}))`;
        await migratePostgres(drizzlePostgres(session), journalOf(migrationsFolder, schema));
      } finally {
        await session.end({ timeout: 5 });
      }
    },
    async ping() {
      try {
        await client`select 1`;
        return true;
      } catch {
        return false;
      }
    },
    async listen(channel, onNotify) {
      const { unlisten } = await client.listen(channel, () => onNotify());
      return unlisten;
    },
    async tryLock(key) {
      // A session-level advisory lock lives on one connection; it gets a connection of its own rather than one of
      // the pool, so that long-held locks (a relay's, a consumer's) never starve the queries the pool serves.
      // The driver must never end it by itself (postgres.js ends connections after a random 30–60 minutes by default),
      // since ending it releases the lock while its holder keeps working.
      const session = postgres(options.url, { max: 1, onnotice: () => {}, max_lifetime: null, idle_timeout: 0 });
      try {
        const [row] = await session<{ locked: boolean }[]>`select pg_try_advisory_lock(hashtext(${key})) as locked`;
        if (row?.locked) {
          return async () => {
            try {
              await session`select pg_advisory_unlock(hashtext(${key}))`;
            } catch {
              // The session is gone, and the lock with it.
            } finally {
              await session.end({ timeout: 5 });
            }
          };
        }
      } catch (error) {
        await session.end({ timeout: 5 });
        throw error;
      }
      await session.end({ timeout: 5 });
      return null;
    },
    close: () => client.end({ timeout: 5 }),
  };
}

export interface PgliteOptions {
  /** Folder that keeps the data between runs; in memory when absent. */
  dataDir?: string;
}

export async function openPglite(options: PgliteOptions = {}): Promise<DatabaseConnection> {
  const client = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
  let migrating = Promise.resolve();
  // One process owns a PGlite database, so an in-process set is the whole lock table.
  const held = new Set<string>();
  return {
    kind: 'pglite',
    drizzle: (drizzleOptions) =>
      drizzlePglite(drizzleOptions?.observe ? observePglite(client, drizzleOptions.observe) : client, {
        casing: 'snake_case',
        logger: loggerFor(drizzleOptions),
      }),
    migrate({ migrationsFolder, schema }) {
      // One engine serves every service in embedded mode; migrations run one after another.
      migrating = migrating.then(() => migratePglite(drizzlePglite(client), journalOf(migrationsFolder, schema)));
      return migrating;
    },
    async ping() {
      try {
        await client.query('select 1');
        return true;
      } catch {
        return false;
      }
    },
    async listen(channel, onNotify) {
      const unlisten = await client.listen(channel, () => onNotify());
      return () => unlisten();
    },
    async tryLock(key) {
      if (held.has(key)) return null;
      held.add(key);
      return async () => {
        held.delete(key);
      };
    },
    close: () => client.close(),
  };
}
