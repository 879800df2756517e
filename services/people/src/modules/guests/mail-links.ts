import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '@mitmach/db';
import { eq } from 'drizzle-orm';
import { mailLinks } from '../../db/schema';

type Purpose = (typeof mailLinks.$inferSelect)['purpose'];
export type LinkRow = typeof mailLinks.$inferSelect;
export type LinkProblem = 'INVALID_LINK' | 'LINK_USED' | 'LINK_EXPIRED';

const hashOf = (token: string) => createHash('sha256').update(token).digest('base64url');

/** A fresh link token: 256 random bits, of which only the hash is stored. */
export async function createLink(
  db: Db,
  link: {
    purpose: Purpose;
    guestId?: string | null;
    registrationId?: string | null;
    applicantId?: string | null;
    expiresAt: Date;
  },
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.insert(mailLinks).values({ ...link, tokenHash: hashOf(token) });
  return token;
}

/** Takes a link for its one use, under a row lock, so that two clicks at once cannot both act. */
export async function useLink(
  db: Db,
  token: string,
  purpose: Purpose,
  now: Date,
): Promise<{ link: LinkRow } | { problem: LinkProblem }> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return { problem: 'INVALID_LINK' };
  const [link] = await db
    .select()
    .from(mailLinks)
    .where(eq(mailLinks.tokenHash, hashOf(token)))
    .for('update');
  if (!link || link.purpose !== purpose) return { problem: 'INVALID_LINK' };
  if (link.usedAt) return { problem: 'LINK_USED' };
  if (link.expiresAt <= now) return { problem: 'LINK_EXPIRED' };
  await db.update(mailLinks).set({ usedAt: now }).where(eq(mailLinks.tokenHash, link.tokenHash));
  return { link };
}
