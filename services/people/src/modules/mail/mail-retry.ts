/**
 * Waits between attempts at a message the mail server did not take: quickly at first, then at most an hour apart, for
 * as long as it takes. A message is never dropped for a failure that may pass; only a bounce (a 5xx answer) ends it.
 */
export const mailRetryDelaysMs: readonly number[] = [10_000, 60_000, 5 * 60_000, 15 * 60_000, 3_600_000];

export function nextMailAttemptAt(
  attempts: number,
  now: Date,
  delaysMs: readonly number[] = mailRetryDelaysMs,
  random: () => number = Math.random,
): Date {
  const delay = delaysMs[Math.min(attempts, delaysMs.length) - 1] ?? delaysMs[0] ?? 10_000;
  return new Date(now.getTime() + delay * (1 + random() * 0.1));
}
