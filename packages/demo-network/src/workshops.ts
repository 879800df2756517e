import { addDays, attendanceModeOn, demoToday, saturdayFrom } from './calendar';
import type { DemoConference } from './conferences';
import { currentFieldsOf } from './fields';
import { workshopKey } from './keys';
import { localityOf } from './localities';
import { randomFor } from './random';
import { type SeedRegion, seedRegions } from './regions';
import { heldTurnout } from './turnout';

interface Theme {
  title: string;
  describe: (places: string[]) => string;
}

const themes: Record<string, Theme[]> = {
  'agriculture-food': [
    {
      title: 'Regional essen',
      describe: ([a, b]) =>
        `Höfe, Küchen und Läden aus ${a}, ${b} und Umgebung suchen gemeinsam Wege, mehr Lebensmittel aus der Region auf die Teller zu bringen.`,
    },
    {
      title: 'Vom Acker auf den Teller',
      describe: ([a, b]) =>
        `Wie kommen Gemüse, Milch und Getreide der Region in Schulen, Kantinen und Dorfläden? Erzeuger:innen und Verbraucher:innen aus ${a} und ${b} planen gemeinsam.`,
    },
  ],
  energy: [
    {
      title: 'Energie in Bürgerhand',
      describe: ([a, b]) =>
        `Energiegenossenschaften, Gemeinden und Hausbesitzer:innen aus ${a} und ${b} tauschen Erfahrungen mit Solaranlagen und Nahwärme aus und verabreden gemeinsame Projekte.`,
    },
    {
      title: 'Wärme gemeinsam planen',
      describe: ([a, b, c]) =>
        `Die kommunale Wärmeplanung kommt: Bürger:innen aus ${a}, ${b} und ${c} überlegen, wie Nachbarschaften sich gemeinsam versorgen können.`,
    },
  ],
  mobility: [
    {
      title: 'Mobil ohne eigenes Auto',
      describe: ([a, b]) =>
        `Bürgerbus, Mitfahrbank, Carsharing: Initiativen aus ${a} und ${b} zeigen, was schon fährt, und planen, wie sich die Lücken im Netz schließen.`,
    },
    {
      title: 'Rad und Bus im Alltag',
      describe: ([a, b]) =>
        `Wie kommen Schüler:innen, Pendler:innen und Ältere zwischen ${a} und ${b} ohne eigenes Auto ans Ziel? Eine Werkstatt mit Verkehrsbetrieben und Radinitiativen.`,
    },
  ],
  'building-housing': [
    {
      title: 'Ortskerne beleben',
      describe: ([a, b]) =>
        `Leere Läden und Häuser in ${a} und ${b} sollen wieder genutzt werden: Eigentümer:innen, Verwaltung und Initiativen entwickeln gemeinsam Ideen.`,
    },
    {
      title: 'Gemeinsam wohnen',
      describe: ([a, b]) =>
        `Wohnprojekte, Baugruppen und Genossenschaften aus ${a} und ${b} teilen ihre Erfahrungen mit allen, die gemeinschaftlich wohnen wollen.`,
    },
  ],
  economy: [
    {
      title: 'Wirtschaften in der Region',
      describe: ([a, b]) =>
        `Betriebe, Läden und Gemeinden aus ${a} und ${b} suchen Wege, wie mehr Wertschöpfung in der Region bleibt.`,
    },
    {
      title: 'Handwerk mit Zukunft',
      describe: ([a, b, c]) =>
        `Handwerksbetriebe und Schulen aus ${a}, ${b} und ${c} überlegen, wie Nachwuchs, Reparaturkultur und regionale Aufträge zusammenfinden.`,
    },
  ],
  'social-cohesion': [
    {
      title: 'Nachbarschaft stärken',
      describe: ([a, b]) =>
        `Vereine, Kirchengemeinden und Nachbarschaftsinitiativen aus ${a} und ${b} verabreden, wie sie einander im Alltag besser unterstützen.`,
    },
    {
      title: 'Neue Mitstreiter:innen gewinnen',
      describe: ([a, b]) =>
        `Wie gewinnen Initiativen in ${a} und ${b} junge Menschen und Zugezogene für ihr Engagement? Ein Tag mit Erfahrungen, Beispielen und Übungen.`,
    },
  ],
};

// How many Mitmach-Werkstätten the network held a year: rare while it was young and in the first pandemic year, then
// the habit spread as regions saw what their neighbours got out of them.
const workshopsPerYear: Record<string, number> = {
  '2019': 1,
  '2021': 1,
  '2022': 3,
  '2023': 5,
  '2024': 12,
  '2025': 15,
  '2026': 17,
};

/** Whether a region still met in a year after its first conference: those that paused or ended met once more. */
function meetsIn(region: SeedRegion, year: number): boolean {
  if (!region.firstConferenceOn) return false;
  const first = Number(region.firstConferenceOn.slice(0, 4));
  if (year <= first) return false;
  return region.status === 'active' || region.status === 'self_organised' || year === first + 1;
}

function workshop(region: SeedRegion, date: string, ordinal: number): DemoConference {
  const year = date.slice(0, 4);
  const random = randomFor(`workshop:${region.slug}:${year}`);
  const fields = [...new Set(region.fieldsOfAction.map((slug) => currentFieldsOf(slug)[0]))];
  const field = fields[(ordinal - 1) % fields.length] as string;
  const theme = random.pick(themes[field] ?? []);
  const key = workshopKey(region.slug, year);
  const mode = attendanceModeOn(date);
  const second = fields.length > 1 && random.chance(0.4) ? fields[ordinal % fields.length] : undefined;
  return {
    key,
    regionSlug: region.slug,
    format: 'mitmach_werkstatt',
    status: addDays(date, 21) <= demoToday ? 'documented' : 'held',
    title: `${ordinal}. Mitmach-Werkstatt ${region.name}: ${theme.title}`,
    description: theme.describe(random.shuffled(localityOf(region.slug).places)),
    days: [{ date, from: '10:00', to: '16:00' }],
    attendanceMode: mode,
    capacity: heldTurnout(key, region, 'mitmach_werkstatt', date, mode).capacity,
    fieldsOfAction: second ? [field, second] : [field],
  };
}

/** A Saturday between March and early November of the year, drawn for the region. */
function dateIn(region: SeedRegion, year: number): string {
  const random = randomFor(`workshop-date:${region.slug}:${year}`);
  const month = String(random.int(3, 10)).padStart(2, '0');
  return saturdayFrom(`${year}-${month}-${String(random.int(1, 28)).padStart(2, '0')}`);
}

/**
 * The Mitmach-Werkstätten regions held in the years after their first conference: each year as many as the network
 * held, by regions drawn among those still meeting, on dates well apart from their other conferences.
 */
export function followUpWorkshops(planned: readonly DemoConference[]): DemoConference[] {
  const held: DemoConference[] = [];
  const apart = (slug: string, date: string) =>
    [...planned, ...held]
      .filter((conference) => conference.regionSlug === slug)
      .every(
        (conference) =>
          conference.key !== workshopKey(slug, date.slice(0, 4)) &&
          conference.days.every((day) => Math.abs(Date.parse(day.date) - Date.parse(date)) > 90 * 86_400_000),
      );
  for (const [year, count] of Object.entries(workshopsPerYear)) {
    const hosts = seedRegions
      .filter((region) => meetsIn(region, Number(year)))
      .map((region) => ({ region, date: dateIn(region, Number(year)) }))
      .filter(({ region, date }) => date < demoToday && apart(region.slug, date))
      .map((host) => ({ ...host, draw: randomFor(`workshop-host:${host.region.slug}:${year}`).next() }))
      .sort((a, b) => a.draw - b.draw)
      .slice(0, count);
    for (const { region, date } of hosts) {
      const ordinal = held.filter((conference) => conference.regionSlug === region.slug).length + 1;
      held.push(workshop(region, date, ordinal));
    }
  }
  return held;
}
