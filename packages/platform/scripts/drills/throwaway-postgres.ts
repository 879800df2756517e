import { execFile } from 'node:child_process';
import { chownSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const binaries = process.env.POSTGRES_BIN_DIR ?? '/usr/lib/postgresql/15/bin';

export interface ThrowawayPostgres {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  port: number;
  /** Restarts the server as `pg_ctlcluster … restart` does: a fast shutdown, then a start; waits until it accepts. */
  restart(): Promise<void>;
  /** Stops the server and deletes its folder. */
  destroy(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/**
 * A Postgres cluster of its own, in a temporary folder on a free port, for a drill that restarts its database: the
 * shared server others test on is never touched. initdb and the server refuse to run as root, so as root they run as
 * the `postgres` user.
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const folder = mkdtempSync(join(tmpdir(), 'mitmach-drill-pg-'));
  const data = join(folder, 'data');
  mkdirSync(data);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: group } = await run('id', ['-g', 'postgres']);
    for (const path of [folder, data]) chownSync(path, Number(stdout.trim()), Number(group.trim()));
  }
  const postgresTool = (tool: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', join(binaries, tool), ...args]) : run(join(binaries, tool), args);
  const port = await freePort();
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c max_connections=400`;
  const pgCtl = (args: string[]) => postgresTool('pg_ctl', ['-D', data, '-l', join(folder, 'server.log'), ...args]);
  let started = false;
  const destroy = async () => {
    if (started) await pgCtl(['-m', 'immediate', '-w', 'stop']).catch(() => undefined);
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    await postgresTool('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync']);
    await pgCtl(['-o', options, '-w', 'start']);
    started = true;
  } catch (error) {
    await destroy();
    throw error;
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    async restart() {
      await pgCtl(['-m', 'fast', '-o', options, '-w', 'restart']);
    },
    destroy,
  };
}
