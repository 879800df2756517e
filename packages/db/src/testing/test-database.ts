import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { connectPostgres, type DatabaseConnection, openPglite, type PostgresOptions } from '../database';
import { testDatabaseServerUrl } from './env';

export interface TestDatabase {
  connection: DatabaseConnection;
  /** Connection URL of the fresh database; null when the PGlite fallback is in use. */
  url: string | null;
  /** Closes the connection and drops the database. */
  dispose(): Promise<void>;
}

let serverReachable: Promise<boolean> | undefined;

function probeServer(): Promise<boolean> {
  serverReachable ??= (async () => {
    const admin = postgres(testDatabaseServerUrl, { max: 1, connect_timeout: 3, onnotice: () => {} });
    try {
      await admin`select 1`;
      return true;
    } catch (error) {
      process.stderr.write(
        `No Postgres server at ${testDatabaseServerUrl} (${(error as Error).message}); tests fall back to PGlite.\n`,
      );
      return false;
    } finally {
      await admin.end({ timeout: 1 });
    }
  })();
  return serverReachable;
}

function databaseUrl(name: string): string {
  const url = new URL(testDatabaseServerUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A database of its own for one test file: on the real Postgres server, or in-process PGlite when none answers. */
export async function createTestDatabase(
  options: Pick<PostgresOptions, 'statementTimeoutMs' | 'idleInTransactionTimeoutMs'> = {},
): Promise<TestDatabase> {
  if (!(await probeServer())) {
    const connection = await openPglite();
    return { connection, url: null, dispose: () => connection.close() };
  }
  const name = `test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(testDatabaseServerUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = databaseUrl(name);
  const connection = connectPostgres({ url, maxConnections: 5, applicationName: 'mitmach-test', ...options });
  return {
    connection,
    url,
    async dispose() {
      await connection.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
