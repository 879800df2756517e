import { setTimeout as sleep } from 'node:timers/promises';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createLifecycle, StopTimeoutError } from './lifecycle';

const logger = pino({ level: 'silent' });

function recorder() {
  const events: string[] = [];
  const step = (name: string, options: { failStart?: boolean; stopMs?: number } = {}) => ({
    name,
    async start() {
      if (options.failStart) throw new Error(`${name} cannot start`);
      events.push(`start ${name}`);
    },
    async stop() {
      if (options.stopMs) await sleep(options.stopMs);
      events.push(`stop ${name}`);
    },
  });
  return { events, step };
}

describe('lifecycle', () => {
  it('starts in order, stops in reverse order, and is unready from the first moment of stopping', async () => {
    const { events, step } = recorder();
    const lifecycle = createLifecycle({ logger });
    for (const name of ['migrate', 'listen', 'workers']) lifecycle.add(step(name));
    expect(lifecycle.accepting()).toBe(false);
    await lifecycle.start();
    expect(lifecycle.accepting()).toBe(true);
    const stopped = lifecycle.stop();
    expect(lifecycle.accepting()).toBe(false);
    await stopped;
    expect(events).toEqual([
      'start migrate',
      'start listen',
      'start workers',
      'stop workers',
      'stop listen',
      'stop migrate',
    ]);
  });

  it('stops what had started when a later step fails, and reports the failure', async () => {
    const { events, step } = recorder();
    const lifecycle = createLifecycle({ logger });
    lifecycle.add(step('database'));
    lifecycle.add(step('listen', { failStart: true }));
    lifecycle.add(step('workers'));
    await expect(lifecycle.start()).rejects.toThrow('listen cannot start');
    expect(events).toEqual(['start database', 'stop database']);
    expect(lifecycle.accepting()).toBe(false);
  });

  it('gives the whole stop one budget and names what did not stop in time', async () => {
    const { step } = recorder();
    const lifecycle = createLifecycle({ logger, stopTimeoutMs: 100 });
    lifecycle.add(step('fast'));
    lifecycle.add(step('slow', { stopMs: 1_000 }));
    await lifecycle.start();
    const stopping = lifecycle.stop();
    await expect(stopping).rejects.toThrow(StopTimeoutError);
    await expect(stopping).rejects.toThrow('not stopped within 100 ms: fast, slow');
  });

  it('stops once however often it is asked', async () => {
    const { events, step } = recorder();
    const lifecycle = createLifecycle({ logger });
    lifecycle.add(step('listen'));
    await lifecycle.start();
    await Promise.all([lifecycle.stop(), lifecycle.stop()]);
    expect(events).toEqual(['start listen', 'stop listen']);
  });
});
