import { type DemoConference, demoConferences } from './conferences';
import { firstConferenceKey, participantKey, teamPersonKey } from './keys';
import { randomFor } from './random';
import { type SeedRegion, seedRegions } from './regions';
import { heldTurnout } from './turnout';

export type RegistrationStatus = 'confirmed' | 'waitlisted' | 'cancelled';

/** A registration of a demo person for a demo conference, as it stands today. */
export interface DemoRegistration {
  personKey: string;
  status: RegistrationStatus;
  /** Moved up from the waitlist when someone with a place cancelled. */
  promoted: boolean;
  /** For a conference that took place: whether the person with a place came; null before it or without a place. */
  attended: boolean | null;
}

interface AttendeePlan {
  /** In the order they registered. */
  personKeys: string[];
  cancelledKeys: string[];
  /** Who might not come, most likely first; the first `noShows` of them who have a place stay away. */
  mayMiss: string[];
  noShows: number;
}

const team = (slug: string) => [
  teamPersonKey(slug, 'moderator'),
  teamPersonKey(slug, 'member-1'),
  teamPersonKey(slug, 'member-2'),
  teamPersonKey(slug, 'contact'),
];

const participants = (slug: string, count: number, from = 1) =>
  Array.from({ length: count }, (_, index) => participantKey(slug, from + index));

// Participants who hosted the theme tables of their region's first conference; they came.
const hostsPerRegion = 4;

// Guests of what lies ahead, from the region itself and from neighbouring ones: the Tübingen conference is nearly
// full, the Ottakring workshop is full with a waitlist after one cancellation moved the first waiting person up.
const upcomingGuests: Record<string, { guests: string[]; cancelled?: string[] }> = {
  'bern:mitmach-werkstatt-2026': { guests: participants('bern', 12) },
  'wien-ottakring:mitmach-werkstatt-2027': {
    guests: [
      ...participants('waldviertel', 10),
      ...participants('neulengbach-im-wienerwald', 6),
      ...participants('st-poelten', 5),
    ],
    cancelled: [participantKey('waldviertel', 3)],
  },
  'zuercher-oberland:online-werkstatt-2027': {
    guests: [...participants('zuercher-oberland', 8), ...participants('winterthur', 4)],
  },
  'vogelsberg:erfolgs-workshop-2027': { guests: participants('vogelsberg', 15) },
  'meran:erfolgs-workshop-2027': { guests: participants('meran', 12) },
  'tuebingen:miko-2027': { guests: [...participants('aalen', 20), ...participants('bodensee-oberschwaben', 4)] },
  'oberlausitz:miko-2027': { guests: [...participants('wurzen', 6), ...participants('leipzig-plagwitz', 4)] },
  'innsbruck-land:miko-2027': { guests: participants('bregenzerwald', 3) },
  'ueberetsch-unterland:miko-2027': { guests: participants('bozen', 5) },
  'luzern:miko-2027': { guests: participants('oberthurgau', 2) },
};

const tookPlace = (conference: DemoConference) => conference.status === 'held' || conference.status === 'documented';

function regionOf(slug: string): SeedRegion {
  const region = seedRegions.find((candidate) => candidate.slug === slug);
  if (!region) throw new Error(`unknown region ${slug}`);
  return region;
}

function turnoutOf(conference: DemoConference) {
  const { key, regionSlug, format, days, attendanceMode } = conference;
  return heldTurnout(key, regionOf(regionSlug), format, days[0]?.date ?? '', attendanceMode);
}

let poolSizes: Map<string, number> | undefined;

/**
 * How many people of a region, beyond its team, take part in its conferences: as many as its fullest conference
 * drew. Every conference of the region draws its guests from them, so many people come back.
 */
export function participantsOf(regionSlug: string): number {
  poolSizes ??= demoConferences()
    .filter(tookPlace)
    .reduce((sizes, conference) => {
      const needed = turnoutOf(conference).registered - team(conference.regionSlug).length;
      return sizes.set(conference.regionSlug, Math.max(sizes.get(conference.regionSlug) ?? 0, needed));
    }, new Map<string, number>());
  return poolSizes.get(regionSlug) ?? 0;
}

function heldPlan(conference: DemoConference): AttendeePlan {
  const slug = conference.regionSlug;
  const turnout = turnoutOf(conference);
  const random = randomFor(`registrations:${conference.key}`);
  const count = turnout.registered - team(slug).length;
  // The first conference is where the region's people first came together, in the order of their keys; later ones
  // draw from all of them.
  const guests =
    conference.key === firstConferenceKey(slug)
      ? participants(slug, count)
      : random.shuffled(participants(slug, participantsOf(slug))).slice(0, count);
  const hosts = new Set(conference.key === firstConferenceKey(slug) ? participants(slug, hostsPerRegion) : []);
  const mayDropOut = random.shuffled(guests.filter((key) => !hosts.has(key)));
  return {
    personKeys: [...team(slug), ...guests],
    cancelledKeys: mayDropOut.slice(0, turnout.cancelled),
    mayMiss: mayDropOut.slice(turnout.cancelled),
    noShows: turnout.noShows,
  };
}

function attendeePlan(conference: DemoConference): AttendeePlan {
  if (conference.status === 'draft') return { personKeys: [], cancelledKeys: [], mayMiss: [], noShows: 0 };
  if (tookPlace(conference)) return heldPlan(conference);
  const planned = upcomingGuests[conference.key];
  if (!planned) throw new Error(`no guests planned for ${conference.key}`);
  return {
    personKeys: [...team(conference.regionSlug), ...planned.guests],
    cancelledKeys: planned.cancelled ?? [],
    mayMiss: [],
    noShows: 0,
  };
}

/**
 * The registrations of a demo conference as they came about, in the order they were made: confirmed up to the
 * capacity, then waitlisted, each cancellation of a confirmed place moving the first waiting person up; after the
 * event, who came.
 */
export function demoRegistrations(conference: DemoConference): DemoRegistration[] {
  const { personKeys, cancelledKeys, mayMiss, noShows } = attendeePlan(conference);
  const rows: DemoRegistration[] = personKeys.map((personKey, index) => ({
    personKey,
    status: index < conference.capacity ? 'confirmed' : 'waitlisted',
    promoted: false,
    attended: null,
  }));
  for (const key of cancelledKeys) {
    const row = rows.find((candidate) => candidate.personKey === key);
    if (!row) throw new Error(`${conference.key} cancels ${key}, who never registered`);
    const wasConfirmed = row.status === 'confirmed';
    row.status = 'cancelled';
    const next = wasConfirmed ? rows.find((candidate) => candidate.status === 'waitlisted') : undefined;
    if (next) Object.assign(next, { status: 'confirmed', promoted: true });
  }
  if (tookPlace(conference)) {
    const placed = new Set(rows.filter((row) => row.status === 'confirmed').map((row) => row.personKey));
    const away = new Set(mayMiss.filter((key) => placed.has(key)).slice(0, noShows));
    for (const row of rows) if (placed.has(row.personKey)) row.attended = !away.has(row.personKey);
  }
  return rows;
}
