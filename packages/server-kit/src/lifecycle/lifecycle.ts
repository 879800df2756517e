import type { Logger } from 'pino';

/** One part of a process that starts in order and, if it holds anything, stops in reverse order. */
export interface LifecycleStep {
  name: string;
  start(): Promise<void>;
  stop?(): Promise<void>;
}

export interface Lifecycle {
  add(step: LifecycleStep): void;
  /** Starts every step in the order added; if one fails, stops those already started and rethrows. */
  start(): Promise<void>;
  /** Marks the process unready at once, then stops the started steps in reverse order within one overall timeout. */
  stop(): Promise<void>;
  /** False from the moment stopping begins, so that load balancers drain the process while requests finish. */
  accepting(): boolean;
}

export class StopTimeoutError extends Error {}

export interface LifecycleOptions {
  logger: Logger;
  /** One budget for the whole stop; what has not stopped by then is abandoned and reported. */
  stopTimeoutMs?: number;
}

export function createLifecycle({ logger, stopTimeoutMs = 20_000 }: LifecycleOptions): Lifecycle {
  const steps: LifecycleStep[] = [];
  const started: LifecycleStep[] = [];
  let state: 'idle' | 'starting' | 'running' | 'stopping' = 'idle';
  let stopping: Promise<void> | null = null;

  async function stopStarted(): Promise<void> {
    const pending = new Set(started.map((step) => step.name));
    const run = (async () => {
      for (const step of [...started].reverse()) {
        try {
          await step.stop?.();
        } catch (error) {
          logger.error({ err: error, step: step.name }, 'stopping a step failed');
        }
        pending.delete(step.name);
      }
    })();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), stopTimeoutMs);
    });
    const outcome = await Promise.race([run.then(() => 'done' as const), timeout]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      throw new StopTimeoutError(`not stopped within ${stopTimeoutMs} ms: ${[...pending].join(', ')}`);
    }
  }

  return {
    add(step) {
      if (state !== 'idle') throw new Error(`cannot add ${step.name} to a lifecycle that has started`);
      steps.push(step);
    },
    async start() {
      if (state !== 'idle') throw new Error('a lifecycle starts once');
      state = 'starting';
      for (const step of steps) {
        if (state !== 'starting') return;
        try {
          await step.start();
        } catch (error) {
          logger.error({ err: error, step: step.name }, 'starting failed; stopping what had started');
          state = 'stopping';
          await stopStarted().catch((stopError: unknown) => logger.error({ err: stopError }, 'stop after failure'));
          throw error;
        }
        started.push(step);
      }
      state = 'running';
    },
    stop() {
      state = 'stopping';
      stopping ??= stopStarted();
      return stopping;
    },
    accepting: () => state === 'running',
  };
}
