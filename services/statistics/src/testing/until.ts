import { setTimeout as sleep } from 'node:timers/promises';

/** Polls until `done` holds, for hooks where expect.poll is not available; fails after the timeout. */
export async function until<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`gave up waiting after ${timeoutMs} ms; last value ${JSON.stringify(value)}`);
    await sleep(100);
  }
}
