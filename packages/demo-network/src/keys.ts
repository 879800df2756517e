import { seedRegions } from './regions';

// Seed keys of the records that several services refer to; each service derives the ids from them (see ids.ts).

/** Key of the first Mitmach-Konferenz of a region: `<slug>:miko-<year>`. */
export function firstConferenceKey(regionSlug: string): string {
  const region = seedRegions.find((candidate) => candidate.slug === regionSlug);
  if (!region?.firstConferenceOn) throw new Error(`${regionSlug} has held no conference`);
  return `${regionSlug}:miko-${region.firstConferenceOn.slice(0, 4)}`;
}

/** Key of a region's success workshop (Erfolgs-Workshop): `<slug>:erfolgs-workshop-<year>`. */
export const successWorkshopKey = (regionSlug: string, year: string) => `${regionSlug}:erfolgs-workshop-${year}`;

/** Key of a region's Mitmach-Werkstatt in a year: `<slug>:mitmach-werkstatt-<year>`. */
export const workshopKey = (regionSlug: string, year: string) => `${regionSlug}:mitmach-werkstatt-${year}`;

export type TeamSuffix = 'moderator' | 'member-1' | 'member-2' | 'contact';

export const teamPersonKey = (regionSlug: string, suffix: TeamSuffix) => `${regionSlug}:${suffix}`;

/** Key of the n-th person (from 1) of a region who takes part in its conferences without being on its team. */
export const participantKey = (regionSlug: string, n: number) => `${regionSlug}:participant-${n}`;
