import { type DemoPerson, participantKey, personId, teamPersonKey } from '@mitmach/demo-network';
import type { registrations } from '../db/schema';
import { addDays, demoToday, openedAt, type SeedConference } from './seed-conference';

type NewRegistration = typeof registrations.$inferInsert;

interface AttendeePlan {
  personKeys: string[];
  cancelledKeys: string[];
  noShowKeys: string[];
}

const team = (slug: string) => [
  teamPersonKey(slug, 'moderator'),
  teamPersonKey(slug, 'member-1'),
  teamPersonKey(slug, 'member-2'),
  teamPersonKey(slug, 'contact'),
];

const participants = (slug: string, count: number, from = 1) =>
  Array.from({ length: count }, (_, index) => participantKey(slug, from + index));

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

function attendeePlan(conference: SeedConference): AttendeePlan {
  const { plan, region } = conference;
  if (plan.status === 'draft') return { personKeys: [], cancelledKeys: [], noShowKeys: [] };
  if (plan.status === 'documented' && plan.format === 'mitmach_konferenz') {
    return {
      personKeys: [...team(region.slug), ...participants(region.slug, 20)],
      cancelledKeys: [participantKey(region.slug, 20)],
      noShowKeys: [participantKey(region.slug, 7), participantKey(region.slug, 14)],
    };
  }
  if (plan.status === 'documented') {
    return {
      personKeys: [...team(region.slug), ...participants(region.slug, 10)],
      cancelledKeys: [],
      noShowKeys: [participantKey(region.slug, 5)],
    };
  }
  const planned = upcomingGuests[plan.key];
  if (!planned) throw new Error(`no guests planned for ${plan.key}`);
  return {
    personKeys: [...team(region.slug), ...planned.guests],
    cancelledKeys: planned.cancelled ?? [],
    noShowKeys: [],
  };
}

/**
 * The registrations of a demo conference as they came about: confirmed up to the capacity, then waitlisted, each
 * cancellation of a confirmed place moving the first waiting person up; after the event, who came.
 */
export function registrationRows(
  conference: SeedConference,
  people: ReadonlyMap<string, DemoPerson>,
): NewRegistration[] {
  const { personKeys, cancelledKeys, noShowKeys } = attendeePlan(conference);
  const start = conference.days[0]?.startsAt ?? demoToday;
  const opened = openedAt(conference);
  const closes = start < demoToday ? addDays(start, -2) : addDays(demoToday, -1);
  const step = (closes.getTime() - opened.getTime()) / (personKeys.length + 1);
  let confirmed = 0;
  const rows: NewRegistration[] = personKeys.map((key, index) => {
    const person = people.get(key);
    if (!person) throw new Error(`${conference.plan.key} registers unknown person ${key}`);
    const status = confirmed < conference.plan.capacity ? 'confirmed' : 'waitlisted';
    if (status === 'confirmed') confirmed += 1;
    return {
      conferenceId: conference.id,
      personId: personId(key),
      sector: person.sector,
      status,
      registeredAt: new Date(opened.getTime() + step * (index + 1)),
      registeredBy: personId(key),
    };
  });
  for (const key of cancelledKeys) {
    const row = rows.find((candidate) => candidate.personId === personId(key));
    if (!row) throw new Error(`${conference.plan.key} cancels ${key}, who never registered`);
    const wasConfirmed = row.status === 'confirmed';
    Object.assign(row, { status: 'cancelled', cancelledAt: closes });
    const next = wasConfirmed ? rows.find((candidate) => candidate.status === 'waitlisted') : undefined;
    if (next) Object.assign(next, { status: 'confirmed', promotedAt: closes });
  }
  const held = conference.plan.status === 'held' || conference.plan.status === 'documented';
  const lastDay = conference.days.at(-1);
  if (held && lastDay) {
    const noShows = new Set(noShowKeys.map(personId));
    for (const row of rows.filter((candidate) => candidate.status === 'confirmed')) {
      const cameNot = row.personId ? noShows.has(row.personId) : false;
      Object.assign(row, { attended: !cameNot, attendanceMarkedAt: addDays(lastDay.endsAt, 1) });
    }
  }
  return rows;
}
