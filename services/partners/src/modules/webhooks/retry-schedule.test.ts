import { describe, expect, it } from 'vitest';
import { nextAttemptAt, retryWindowMs, standardRetryDelaysMs } from './retry-schedule';

const start = new Date('2026-12-01T10:00:00Z');
const until = new Date(start.getTime() + retryWindowMs);

describe('the retry schedule', () => {
  it('waits longer after each failure, spread by up to a tenth', () => {
    expect(nextAttemptAt(1, start, until, standardRetryDelaysMs, () => 0)).toEqual(new Date('2026-12-01T10:00:05Z'));
    expect(nextAttemptAt(2, start, until, standardRetryDelaysMs, () => 1)).toEqual(new Date('2026-12-01T10:05:30Z'));
    expect(nextAttemptAt(3, start, until, standardRetryDelaysMs, () => 0)).toEqual(new Date('2026-12-01T10:30:00Z'));
  });

  it('keeps trying for a day, the last attempt at the end of the window at the latest', () => {
    let now = start;
    let attempts = 0;
    for (;;) {
      attempts += 1;
      const next = nextAttemptAt(attempts, now, until, standardRetryDelaysMs, () => 1);
      if (!next) break;
      now = next;
    }
    expect(attempts).toBe(standardRetryDelaysMs.length + 1);
    expect(now).toEqual(until);
  });

  it('ends when the window is over, whatever is left of the schedule', () => {
    expect(nextAttemptAt(1, until, until, standardRetryDelaysMs)).toBeNull();
    expect(nextAttemptAt(standardRetryDelaysMs.length + 1, start, until, standardRetryDelaysMs)).toBeNull();
  });
});
