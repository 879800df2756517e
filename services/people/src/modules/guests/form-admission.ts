import type { Db } from '@mitmach/db';
import { checkProofOfWork, type UserError, userError } from '@mitmach/server-kit';
import { and, count, eq, gte, lt, sql } from 'drizzle-orm';
import { proofOfWorkUses } from '../../db/schema';

/** The forms anyone may send; each counts its own requests per address. */
export type PublicForm = 'guest_registration' | 'region_application';

const hourMs = 3_600_000;

const usedAlready = userError(
  ['input', 'proofOfWork'],
  'This solved challenge was used already; each works once. Fetch a new one from GET /challenge.',
  'BAD_USER_INPUT',
);

/**
 * Lets a request of a public form in, or says why not: it must carry a solved challenge of this platform that has
 * not been used before, and the address the challenge was fetched from must have requests of this form left this
 * hour. A solution admitted here is spent, whatever becomes of the request. Neither check looks at the e-mail address,
 * so the answer tells nothing about it.
 */
export async function admitPublicForm(
  db: Db,
  options: { key: string; form: PublicForm; proofOfWork: string | null | undefined; perAddressPerHour: number },
  now = new Date(),
): Promise<UserError[]> {
  const check = await checkProofOfWork(options.key, options.proofOfWork, now);
  if (!check.ok) return [userError(['input', 'proofOfWork'], check.message, 'BAD_USER_INPUT')];
  return db.transaction(async (tx) => {
    // One address's requests are counted one after the other, so that parallel requests cannot all fit the quota.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`proof-of-work:${check.addressTag}`}))`);
    await tx.delete(proofOfWorkUses).where(lt(proofOfWorkUses.keepUntil, now));
    const [earlier] = await tx
      .select({ signature: proofOfWorkUses.signature })
      .from(proofOfWorkUses)
      .where(eq(proofOfWorkUses.signature, check.signature));
    if (earlier) return [usedAlready];
    const [used] = await tx
      .select({ value: count() })
      .from(proofOfWorkUses)
      .where(
        and(
          eq(proofOfWorkUses.addressTag, check.addressTag),
          eq(proofOfWorkUses.form, options.form),
          gte(proofOfWorkUses.usedAt, new Date(now.getTime() - hourMs)),
        ),
      );
    if ((used?.value ?? 0) >= options.perAddressPerHour) {
      return [
        userError(
          ['input'],
          `This address may send the form ${options.perAddressPerHour} times an hour; try again later.`,
          'RATE_LIMITED',
        ),
      ];
    }
    const spent = await tx
      .insert(proofOfWorkUses)
      .values({
        signature: check.signature,
        form: options.form,
        addressTag: check.addressTag,
        usedAt: now,
        keepUntil: new Date(Math.max(check.expiresAt.getTime(), now.getTime() + hourMs)),
      })
      .onConflictDoNothing()
      .returning({ signature: proofOfWorkUses.signature });
    return spent.length === 0 ? [usedAlready] : [];
  });
}
