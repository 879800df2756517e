/**
 * Standard Webhooks' schedule, ending within a day: after the first attempt fails, retries follow after these delays
 * (5 seconds, 5 minutes, 30 minutes, 2, 5, 8 and 8 hours), each spread by up to a tenth so that many endpoints that
 * failed together are not retried together. The schedule is stored as the next attempt's time, so it survives
 * restarts; an in-process backoff library would not.
 */
export const standardRetryDelaysMs: readonly number[] = [
  5_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  5 * 3_600_000,
  8 * 3_600_000,
  8 * 3_600_000,
];

/** How long a delivery is retried after it was made or re-sent. */
export const retryWindowMs = 24 * 3_600_000;

/**
 * When to try again after `attempts` failed attempts, or null when the schedule or the retry window is over. A retry
 * that would fall past the window is made at its end, so the last chance is not lost to the jitter.
 */
export function nextAttemptAt(
  attempts: number,
  now: Date,
  retryUntil: Date,
  delaysMs: readonly number[],
  random: () => number = Math.random,
): Date | null {
  const delay = delaysMs[attempts - 1];
  if (delay === undefined || now >= retryUntil) return null;
  const next = now.getTime() + delay * (1 + random() * 0.1);
  return new Date(Math.min(next, retryUntil.getTime()));
}
