import { participantKey, type TeamSuffix, teamPersonKey } from './keys';
import { localityOf } from './localities';
import { phoneNumber } from './phones';
import { randomFor } from './random';
import { type SeedRegion, seedRegions } from './regions';
import { participantsOf } from './registrations';
import { type Sector, sectorWeights } from './sectors';

export type TeamRole = 'regional_moderator' | 'team_member' | 'contact';

export interface DemoPerson {
  /** Seed key; the id is personId(key). */
  key: string;
  givenName: string;
  familyName: string;
  email: string;
  phone: string | null;
  sector: Sector;
  /** Consent to a public profile, and when it was given. */
  publicProfile: boolean;
  consentedOn: string | null;
  regionSlug: string | null;
  teamRole: TeamRole | null;
}

const givenNames = [
  'Anna',
  'Jonas',
  'Lena',
  'Lukas',
  'Marie',
  'Felix',
  'Sophie',
  'Paul',
  'Laura',
  'Elias',
  'Hannah',
  'Tobias',
  'Mia',
  'Matthias',
  'Clara',
  'Florian',
  'Johanna',
  'Simon',
  'Katharina',
  'David',
  'Theresa',
  'Stefan',
  'Eva',
  'Martin',
  'Julia',
  'Andreas',
  'Lisa',
  'Benedikt',
  'Sarah',
  'Moritz',
  'Verena',
  'Daniel',
  'Magdalena',
  'Philipp',
  'Ronja',
  'Gregor',
  'Ida',
  'Valentin',
  'Nora',
  'Sebastian',
  'Franziska',
  'Georg',
  'Leonie',
  'Manuel',
  'Carla',
  'Jakob',
];
const familyNames = [
  'Huber',
  'Schneider',
  'Wagner',
  'Becker',
  'Hoffmann',
  'Schäfer',
  'Koch',
  'Bauer',
  'Richter',
  'Klein',
  'Wolf',
  'Schröder',
  'Neumann',
  'Schwarz',
  'Zimmermann',
  'Braun',
  'Hofer',
  'Gruber',
  'Pichler',
  'Steiner',
  'Moser',
  'Brunner',
  'Keller',
  'Meier',
  'Frei',
  'Gasser',
  'Egger',
  'Mair',
  'Pircher',
  'Kofler',
  'Lang',
  'Vogel',
  'Berger',
  'Fuchs',
  'Lehmann',
  'Krüger',
  'Hartmann',
  'Lorenz',
  'Winkler',
  'Ebner',
  'Haas',
  'Sommer',
  'Frank',
  'Albrecht',
];
// The sectors of team members: civil society leads, every sector is present.
const sectorCycle: Sector[] = [
  'civil_society',
  'administration',
  'civil_society',
  'business',
  'politics',
  'civil_society',
  'science',
  'business',
  'education',
  'civil_society',
  'administration',
  'other',
  'politics',
  'civil_society',
  'business',
];
const teamRoles: { suffix: TeamSuffix; role: TeamRole }[] = [
  { suffix: 'moderator', role: 'regional_moderator' },
  { suffix: 'member-1', role: 'team_member' },
  { suffix: 'member-2', role: 'team_member' },
  { suffix: 'contact', role: 'contact' },
];

// The participants every region that held a conference had from the start; the people who came later are numbered
// after everyone else, so that the first ones keep their names and addresses as the network grows.
const firstParticipants = 20;

const ascii = (value: string) =>
  value
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z]/g, '');

function sectorOf(key: string, index: number, region: SeedRegion, teamRole: TeamRole | null): Sector {
  if (teamRole === 'regional_moderator') return 'civil_society';
  if (teamRole !== null) return sectorCycle[index % sectorCycle.length] as Sector;
  return randomFor(`sector:${key}`).weighted(sectorWeights(region));
}

function person(
  index: number,
  key: string,
  region: SeedRegion,
  teamRole: TeamRole | null,
  joinedOn: string,
): DemoPerson {
  const givenName = givenNames[index % givenNames.length] as string;
  const familyName = familyNames[(index * 7 + 3) % familyNames.length] as string;
  const publicProfile = teamRole !== null ? index % 9 !== 0 : index % 5 < 2;
  return {
    key,
    givenName,
    familyName,
    email: `${ascii(givenName)}.${ascii(familyName)}.${index}@example.org`,
    phone:
      index % 3 === 0 ? null : phoneNumber(region.country, localityOf(region.slug).areaCode, randomFor(`phone:${key}`)),
    sector: sectorOf(key, index, region, teamRole),
    publicProfile,
    consentedOn: publicProfile ? joinedOn : null,
    regionSlug: region.slug,
    teamRole,
  };
}

export const staffPeople: DemoPerson[] = [
  { key: 'staff:programme-lead', given: 'Katrin', family: 'Seidel' },
  { key: 'staff:regional-lab', given: 'Jan', family: 'Ortmann' },
  { key: 'staff:learning', given: 'Miriam', family: 'Falk' },
].map(({ key, given, family }) => ({
  key,
  givenName: given,
  familyName: family,
  email: `${ascii(given)}.${ascii(family)}@example.org`,
  phone: null,
  sector: 'civil_society',
  publicProfile: true,
  consentedOn: '2024-01-15',
  regionSlug: null,
  teamRole: null,
}));

/** Every demo person: staff, each region's team (applicants have only a contact) and conference participants. */
export function demoPeople(): DemoPerson[] {
  const people: DemoPerson[] = [...staffPeople];
  let index = 1;
  const participant = (region: SeedRegion, n: number) =>
    person(index++, participantKey(region.slug, n), region, null, region.firstConferenceOn ?? region.joinedOn);
  for (const region of seedRegions) {
    const roles = region.status === 'applied' ? teamRoles.filter((role) => role.role === 'contact') : teamRoles;
    for (const { suffix, role } of roles) {
      people.push(person(index++, teamPersonKey(region.slug, suffix), region, role, region.joinedOn));
    }
    if (region.hasHeldConference) {
      for (let n = 1; n <= firstParticipants; n += 1) people.push(participant(region, n));
    }
  }
  for (const region of seedRegions) {
    for (let n = firstParticipants + 1; n <= participantsOf(region.slug); n += 1) people.push(participant(region, n));
  }
  return people;
}
