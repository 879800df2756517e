import type { Db } from '@mitmach/db';
import { like } from 'drizzle-orm';
import { regions } from '../../db/schema';

const transliterations: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** "Mitmach-Region Südliches Ammertal" becomes "mitmach-region-suedliches-ammertal", as staff write slugs by hand. */
export function slugOf(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => transliterations[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 72)
    .replace(/-+$/, '');
  return slug.length >= 2 ? slug : `region-${slug}`.replace(/-$/, '');
}

/** The name's slug, or with the first free number appended when another region has it. */
export async function freeSlugFor(db: Db, name: string): Promise<string> {
  const base = slugOf(name);
  const taken = new Set(
    (
      await db
        .select({ slug: regions.slug })
        .from(regions)
        .where(like(regions.slug, `${base}%`))
    ).map((row) => row.slug),
  );
  if (!taken.has(base)) return base;
  let suffix = 2;
  while (taken.has(`${base}-${suffix}`)) suffix += 1;
  return `${base}-${suffix}`;
}
