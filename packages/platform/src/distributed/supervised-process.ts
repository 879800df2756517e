import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export interface SupervisedProcessOptions {
  name: string;
  command: string;
  args: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Receives each line the process writes, on stdout or stderr. */
  output(line: string): void;
  /** Receives what happens to the process: started, died, restarting. */
  report(message: string): void;
  /** The first wait before a restart; it doubles while the process keeps dying, up to `maxRestartDelayMs`. */
  restartDelayMs: number;
  maxRestartDelayMs: number;
}

export interface SupervisedProcess {
  readonly name: string;
  /** The running process's id; undefined while it is down. */
  pid(): number | undefined;
  /** How often it was restarted after dying. */
  restarts(): number;
  /** Ends it with SIGTERM (SIGKILL after the timeout) and starts it no more. */
  stop(timeoutMs: number): Promise<void>;
}

// A process that stayed up this long is healthy again: its next death restarts it after the first delay.
const stableAfterMs = 60_000;

/**
 * Runs a child process and starts it again whenever it dies, after a delay that grows while it keeps dying. Its
 * output goes line by line to `output`; each child gets a process group of its own, so a Ctrl-C at the terminal
 * reaches only the supervisor, which then stops every child once.
 */
export function superviseProcess(options: SupervisedProcessOptions): SupervisedProcess {
  let child: ChildProcess | undefined;
  let stopping = false;
  let restarts = 0;
  let delay = options.restartDelayMs;
  let restartTimer: NodeJS.Timeout | undefined;

  function start(): void {
    const startedAt = Date.now();
    const current = spawn(options.command, options.args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    child = current;
    for (const stream of [current.stdout, current.stderr]) {
      if (stream) createInterface({ input: stream }).on('line', options.output);
    }
    current.once('spawn', () => options.report(`started (pid ${current.pid})`));
    current.once('error', (error) => options.report(`could not start: ${error.message}`));
    current.once('exit', (code, signal) => {
      if (child === current) child = undefined;
      if (stopping) return;
      if (Date.now() - startedAt > stableAfterMs) delay = options.restartDelayMs;
      options.report(
        `died (${signal ? `signal ${signal}` : `exit code ${code}`}); restarting in ${Math.round(delay / 100) / 10} s`,
      );
      restartTimer = setTimeout(() => {
        restarts += 1;
        start();
      }, delay);
      delay = Math.min(delay * 2, options.maxRestartDelayMs);
    });
  }

  start();
  return {
    name: options.name,
    pid: () => child?.pid,
    restarts: () => restarts,
    async stop(timeoutMs) {
      stopping = true;
      clearTimeout(restartTimer);
      const running = child;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const exited = once(running, 'exit');
      running.kill('SIGTERM');
      const timer = setTimeout(() => running.kill('SIGKILL'), timeoutMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
