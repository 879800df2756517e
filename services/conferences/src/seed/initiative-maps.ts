import { organizationId, venueOf } from '@mitmach/demo-network';
import type { initiativeMapEntries } from '../db/schema';
import type { SeedConference } from './seed-conference';

type NewEntry = typeof initiativeMapEntries.$inferInsert;
type Kind = NewEntry['kind'];

interface Initiative {
  name: string;
  note: string;
}

// What a Landkarte typically shows per field of action: one initiative that works, one that is missing, one that
// needs help. The 2019 slugs share the ideas of their successors.
const initiatives: Record<string, Record<Kind, Initiative>> = {
  'agriculture-food': {
    existing: { name: 'Solidarische Landwirtschaft', note: 'Rund 80 Haushalte teilen sich die Ernte eines Hofes.' },
    needed: { name: 'Ernährungsrat', note: 'Es fehlt ein Ort, an dem Erzeuger:innen, Handel und Kommune sprechen.' },
    needs_support: { name: 'Foodsharing-Gruppe', note: 'Sucht Fahrer:innen und einen gekühlten Verteilerpunkt.' },
  },
  energy: {
    existing: { name: 'Bürgerenergiegenossenschaft', note: 'Betreibt Solaranlagen auf Schulen und Hallen.' },
    needed: {
      name: 'Energieberatung von Bürger:innen für Bürger:innen',
      note: 'Viele Fragen zu Wärmepumpe und Dämmung.',
    },
    needs_support: { name: 'Nahwärme-Initiative', note: 'Braucht Planungsgeld für eine Machbarkeitsstudie.' },
  },
  mobility: {
    existing: { name: 'Bürgerbus-Verein', note: 'Fährt werktags die Dörfer ohne Taktverkehr an.' },
    needed: { name: 'Mitfahrbank-Netz', note: 'Zwischen den Ortsteilen gibt es abends keine Verbindung.' },
    needs_support: { name: 'Lastenrad-Verleih', note: 'Zwei Räder sind da, es fehlen Stationen und Pflege.' },
  },
  'building-housing': {
    existing: { name: 'Gemeinschaftliches Wohnprojekt', note: 'Zwölf Parteien wohnen im umgebauten Pfarrhaus.' },
    needed: { name: 'Leerstandsbörse', note: 'Leere Läden im Zentrum sollen wieder genutzt werden.' },
    needs_support: { name: 'Offene Werkstatt', note: 'Sucht Räume mit Starkstrom und Versicherungsschutz.' },
  },
  economy: {
    existing: { name: 'Regionalladen', note: 'Verkauft Produkte von 40 Betrieben aus der Region.' },
    needed: { name: 'Regionalwährung', note: 'Idee aus dem Handel: Kaufkraft in der Region halten.' },
    needs_support: { name: 'Gründungsnetzwerk', note: 'Braucht Mentor:innen aus etablierten Betrieben.' },
  },
  'social-cohesion': {
    existing: { name: 'Repair-Café', note: 'Einmal im Monat im Gemeindehaus, immer voll.' },
    needed: { name: 'Nachbarschaftshilfe', note: 'Ältere Menschen brauchen Begleitung zu Arztterminen.' },
    needs_support: {
      name: 'Interkultureller Garten',
      note: 'Der Pachtvertrag läuft aus, eine neue Fläche wird gesucht.',
    },
  },
};
const successorOf: Record<string, string> = {
  food: 'agriculture-food',
  'energy-transport': 'mobility',
  'finance-economy': 'economy',
};
const kinds: Kind[] = ['existing', 'needed', 'needs_support'];

/** The initiative map drawn at a region's first Mitmach-Konferenz: its partners, and per field what exists and is missing. */
export function initiativeMapRows(conference: SeedConference): NewEntry[] {
  const slug = conference.region.slug;
  const city = venueOf(slug).city;
  const fields = conference.plan.fieldsOfAction;
  const known: Omit<NewEntry, 'conferenceId' | 'createdAt'>[] = [
    {
      kind: 'existing',
      organizationId: organizationId(`${slug}:team`),
      fieldSlug: null,
      note: 'Das Regional-Team lädt ein, moderiert und hält die Fäden zusammen.',
    },
    {
      kind: 'existing',
      organizationId: organizationId(`${slug}:business`),
      fieldSlug: fields[0] ?? null,
      note: 'Bringt Betriebe und Bürger:innen als Anteilseigner zusammen.',
    },
    {
      kind: 'needs_support',
      organizationId: organizationId(`${slug}:climate-management`),
      fieldSlug: fields[1] ?? fields[0] ?? null,
      note: 'Hat Pläne, aber zu wenig Personal für die Umsetzung mit Initiativen.',
    },
  ];
  const free = fields.flatMap((field) =>
    kinds.map((kind) => {
      const initiative = initiatives[successorOf[field] ?? field]?.[kind];
      if (!initiative) throw new Error(`no demo initiative for field ${field}`);
      return { kind, name: `${initiative.name} ${city}`, fieldSlug: field, note: initiative.note };
    }),
  );
  const workshopStart = conference.days.at(-1)?.startsAt ?? new Date();
  return [...known, ...free].map((entry, index) => ({
    ...entry,
    conferenceId: conference.id,
    createdAt: new Date(workshopStart.getTime() + (4 * 60 + index) * 60_000),
  }));
}
