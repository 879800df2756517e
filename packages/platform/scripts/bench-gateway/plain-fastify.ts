import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface PlainFastify {
  url: string;
  stop(): Promise<void>;
}

/** Plain Fastify in a process of its own, answering with the given JSON; resolves once it answers. */
export async function startPlainFastify(options: {
  answer: string;
  directory: string;
  port: number;
}): Promise<PlainFastify> {
  const answerFile = join(options.directory, 'plain-fastify-answer.json');
  writeFileSync(answerFile, options.answer);
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'plain-fastify-server.ts'), String(options.port), answerFile],
    { cwd: import.meta.dirname, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const url = `http://127.0.0.1:${options.port}/graphql`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await Promise.race([once(child, 'exit'), sleep(5_000)]);
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`plain Fastify exited with ${child.exitCode}`);
    try {
      if ((await fetch(url, { method: 'POST', body: '{}' })).ok) return { url, stop };
    } catch {}
    if (Date.now() > deadline) {
      await stop();
      throw new Error('plain Fastify was not ready within a minute');
    }
    await sleep(100);
  }
}
