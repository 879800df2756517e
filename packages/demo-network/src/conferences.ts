import { attendanceModeOn } from './calendar';
import { firstConferenceKey, successWorkshopKey } from './keys';
import { regionPhrases } from './localities';
import { type SeedRegion, seedRegions } from './regions';
import { type AttendanceMode, type ConferenceFormat, heldTurnout } from './turnout';
import { followUpWorkshops } from './workshops';

export type { AttendanceMode, ConferenceFormat };
export type ConferenceStatus =
  | 'draft'
  | 'open_for_registration'
  | 'registration_closed'
  | 'held'
  | 'documented'
  | 'cancelled';

/** A day of a demo conference, as wall-clock times (HH:MM) in the region's time zone. */
export interface DemoConferenceDay {
  date: string;
  from: string;
  to: string;
}

export interface DemoConference {
  /** Seed key; the id is conferenceId(key). A region's first Mitmach-Konferenz has the key firstConferenceKey(slug). */
  key: string;
  regionSlug: string;
  format: ConferenceFormat;
  status: ConferenceStatus;
  title: string;
  description: string;
  days: DemoConferenceDay[];
  attendanceMode: AttendanceMode;
  capacity: number;
  fieldsOfAction: string[];
}

const regionOf = (slug: string): SeedRegion => {
  const region = seedRegions.find((candidate) => candidate.slug === slug);
  if (!region) throw new Error(`unknown region ${slug}`);
  return region;
};

// Success workshops follow the first Mitmach-Konferenz 3 to 6 months later; the last two are still ahead.
const successWorkshops: { regionSlug: string; date: string; status: ConferenceStatus }[] = [
  { regionSlug: 'bodensee-oberschwaben', date: '2018-02-24', status: 'documented' },
  { regionSlug: 'lindau', date: '2020-02-08', status: 'documented' },
  { regionSlug: 'aalen', date: '2021-11-13', status: 'documented' },
  { regionSlug: 'vinschgau', date: '2023-02-25', status: 'documented' },
  { regionSlug: 'graz', date: '2023-03-04', status: 'documented' },
  { regionSlug: 'winterthur', date: '2023-03-18', status: 'documented' },
  { regionSlug: 'pustertal', date: '2025-03-15', status: 'documented' },
  { regionSlug: 'vogelsberg', date: '2027-02-27', status: 'open_for_registration' },
  { regionSlug: 'meran', date: '2027-03-13', status: 'open_for_registration' },
];

// What is ahead after 2026-11-26: the first conferences of the Regionallabor 2025 cohort and of accepted regions,
// two Mitmach-Werkstätten and a draft that is not public yet.
const upcoming: DemoConference[] = [
  {
    key: 'bern:mitmach-werkstatt-2026',
    regionSlug: 'bern',
    format: 'mitmach_werkstatt',
    status: 'open_for_registration',
    title: 'Mitmach-Werkstatt Bern: Ernährung und Mobilität im Quartier',
    description:
      'Quartiervereine, Solawis und Velo-Initiativen aus Bern arbeiten einen Tag lang an gemeinsamen Vorhaben für kurze Wege und regionale Lebensmittel.',
    days: [{ date: '2026-12-05', from: '10:00', to: '16:00' }],
    attendanceMode: 'in_person',
    capacity: 50,
    fieldsOfAction: ['agriculture-food', 'mobility'],
  },
  {
    key: 'wien-ottakring:mitmach-werkstatt-2027',
    regionSlug: 'wien-ottakring',
    format: 'mitmach_werkstatt',
    status: 'open_for_registration',
    title: 'Grätzl-Werkstatt Ottakring: Hitzeschutz und Nachbarschaft',
    description:
      'Eine kleine Werkstatt für Grätzlinitiativen: Wie werden Innenhöfe, Straßen und Erdgeschosszonen im Sommer kühler und zu Orten der Begegnung?',
    days: [{ date: '2027-01-16', from: '10:00', to: '17:00' }],
    attendanceMode: 'in_person',
    capacity: 20,
    fieldsOfAction: ['social-cohesion', 'building-housing'],
  },
  {
    key: 'zuercher-oberland:online-werkstatt-2027',
    regionSlug: 'zuercher-oberland',
    format: 'mitmach_werkstatt',
    status: 'open_for_registration',
    title: 'Online-Werkstatt: Energiegemeinschaften gründen',
    description:
      'Ein Abend online für alle, die im Zürcher Oberland eine lokale Energiegemeinschaft gründen wollen: Erfahrungen, Rechtsformen, erste Schritte.',
    days: [{ date: '2027-01-27', from: '18:30', to: '21:00' }],
    attendanceMode: 'online',
    capacity: 60,
    fieldsOfAction: ['energy'],
  },
  {
    key: 'tuebingen:miko-2027',
    regionSlug: 'tuebingen',
    format: 'mitmach_konferenz',
    status: 'open_for_registration',
    title: '1. Mitmach-Konferenz Tübingen',
    description:
      'Nachhaltigkeitsgruppen aus Universität, Quartieren und Stadtverwaltung kommen erstmals an einen Tisch: Impulse, Thementische zu Wohnen, Mobilität und Ernährung und eine Landkarte der Tübinger Initiativen.',
    days: [{ date: '2027-03-20', from: '09:30', to: '17:30' }],
    attendanceMode: 'hybrid',
    capacity: 30,
    fieldsOfAction: ['building-housing', 'mobility', 'agriculture-food'],
  },
  {
    key: 'oberlausitz:miko-2027',
    regionSlug: 'oberlausitz',
    format: 'mitmach_konferenz',
    status: 'open_for_registration',
    title: '1. Mitmach-Konferenz Oberlausitz',
    description:
      'Zwei Tage für den Strukturwandel von unten: Handwerk, Vereine und Kommunen zwischen Spree und Neiße zeigen, was sie vorhaben, und suchen Mitstreiter:innen.',
    days: [
      { date: '2027-04-23', from: '14:00', to: '20:00' },
      { date: '2027-04-24', from: '09:30', to: '16:30' },
    ],
    attendanceMode: 'in_person',
    capacity: 150,
    fieldsOfAction: ['economy', 'building-housing', 'social-cohesion'],
  },
  {
    key: 'innsbruck-land:miko-2027',
    regionSlug: 'innsbruck-land',
    format: 'mitmach_konferenz',
    status: 'open_for_registration',
    title: '1. Mitmach-Konferenz Innsbruck-Land',
    description:
      'Gemeinden aus dem Inntal und den Seitentälern teilen ihre Erfahrungen mit Energiegemeinschaften, Mikro-ÖV und regionalem Wirtschaften.',
    days: [{ date: '2027-05-08', from: '09:30', to: '17:30' }],
    attendanceMode: 'in_person',
    capacity: 100,
    fieldsOfAction: ['mobility', 'energy', 'economy'],
  },
  {
    key: 'ueberetsch-unterland:miko-2027',
    regionSlug: 'ueberetsch-unterland',
    format: 'mitmach_konferenz',
    status: 'open_for_registration',
    title: '1. Mitmach-Konferenz Überetsch-Unterland',
    description:
      'Gemeinden, Kellereigenossenschaften und Bürger:innen gestalten gemeinsam den Weg zu biologischem Anbau und besseren Verbindungen zwischen den Dörfern.',
    days: [{ date: '2027-05-29', from: '09:30', to: '17:30' }],
    attendanceMode: 'in_person',
    capacity: 80,
    fieldsOfAction: ['agriculture-food', 'mobility'],
  },
  {
    key: 'luzern:miko-2027',
    regionSlug: 'luzern',
    format: 'mitmach_konferenz',
    status: 'open_for_registration',
    title: '1. Mitmach-Konferenz Luzern',
    description:
      'Quartiervereine und Klimagruppen aus Stadt und Agglomeration bündeln ihre Projekte und gewinnen neue Mitwirkende.',
    days: [{ date: '2027-06-12', from: '09:30', to: '17:30' }],
    attendanceMode: 'hybrid',
    capacity: 120,
    fieldsOfAction: ['social-cohesion', 'mobility'],
  },
  {
    key: 'koeln-ehrenfeld:miko-2027',
    regionSlug: 'koeln-ehrenfeld',
    format: 'mitmach_konferenz',
    status: 'draft',
    title: '1. Mitmach-Konferenz Köln-Ehrenfeld',
    description: 'Entwurf: Mehr Grün und gute Nachbarschaft in Ehrenfeld. Ort und Programm werden noch abgestimmt.',
    days: [{ date: '2027-09-18', from: '09:30', to: '17:30' }],
    attendanceMode: 'in_person',
    capacity: 150,
    fieldsOfAction: ['social-cohesion', 'building-housing'],
  },
];

function firstConference(region: SeedRegion): DemoConference {
  const date = region.firstConferenceOn as string;
  const key = firstConferenceKey(region.slug);
  const mode = attendanceModeOn(date);
  return {
    key,
    regionSlug: region.slug,
    format: 'mitmach_konferenz',
    status: 'documented',
    title: `1. Mitmach-Konferenz ${region.name}`,
    description: `Die erste Mitmach-Konferenz ${regionPhrases(region).in}: Menschen aus Zivilgesellschaft, Politik, Verwaltung und Wirtschaft haben Initiativen sichtbar gemacht, Lücken benannt und erste Projekte verabredet.`,
    days: [{ date, from: '09:30', to: '17:30' }],
    attendanceMode: mode,
    capacity: heldTurnout(key, region, 'mitmach_konferenz', date, mode).capacity,
    fieldsOfAction: region.fieldsOfAction,
  };
}

function successWorkshop(plan: (typeof successWorkshops)[number]): DemoConference {
  const region = regionOf(plan.regionSlug);
  const key = successWorkshopKey(region.slug, plan.date.slice(0, 4));
  const mode = attendanceModeOn(plan.date);
  const held = plan.status === 'documented';
  return {
    key,
    regionSlug: region.slug,
    format: 'success_workshop',
    status: plan.status,
    title: `Erfolgs-Workshop ${region.name}`,
    description: `Ein halbes Jahr nach der Mitmach-Konferenz: Was ist aus den Ideen geworden, wo hakt es, wer macht weiter? Für alle, die ${regionPhrases(region).in} dabei waren, und alle, die einsteigen wollen.`,
    days: [{ date: plan.date, from: '13:30', to: '18:00' }],
    attendanceMode: mode,
    // What lies ahead keeps the room booked for it; what took place shows how it filled.
    capacity: held ? heldTurnout(key, region, 'success_workshop', plan.date, mode).capacity : 40,
    fieldsOfAction: region.fieldsOfAction,
  };
}

/**
 * Every demo conference: the first Mitmach-Konferenz of each region that held one (on its firstConferenceOn), success
 * workshops of some of them, the Mitmach-Werkstätten regions held in the years after, and what is planned ahead.
 */
export function demoConferences(): DemoConference[] {
  const planned = [
    ...seedRegions.filter((region) => region.hasHeldConference).map(firstConference),
    ...successWorkshops.map(successWorkshop),
    ...upcoming,
  ];
  return [...planned, ...followUpWorkshops(planned)];
}
