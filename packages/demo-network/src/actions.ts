import { addDays, demoToday } from './calendar';
import { demoOutcomes } from './outcomes';
import { randomFor } from './random';
import { type SeedRegion, seedRegions } from './regions';

export type ActionStatus = 'draft' | 'in_review' | 'published' | 'archived';
export type AdoptionStatus = 'planned' | 'in_progress' | 'implemented' | 'abandoned';

export interface DemoAdoption {
  regionSlug: string;
  status: AdoptionStatus;
  startedOn: string;
  completedOn: string | null;
}

/** An action of the pool: where it came from, whether and when staff published it, and which regions adopted it. */
export interface DemoAction {
  /** Seed key; the id is actionId(key). */
  key: string;
  /** The region it came from. */
  regionSlug: string;
  /** The outcome it was written up from, or null for an action a region brought into the pool directly. */
  outcomeKey: string | null;
  status: ActionStatus;
  /** When staff published it; null while it is a draft or in review. */
  publishedOn: string | null;
  adoptions: DemoAdoption[];
}

const adopt = (regionSlug: string, status: AdoptionStatus, startedOn: string, completedOn: string | null = null) => ({
  regionSlug,
  status,
  startedOn,
  completedOn,
});

// Actions regions brought into the pool directly, not out of a conference; all published.
const broughtIn: { key: string; regionSlug: string }[] = [
  { key: 'ernaehrungsrat', regionSlug: 'freiburg-im-breisgau' },
  { key: 'leihladen', regionSlug: 'wien-ottakring' },
  { key: 'energiesparberatung', regionSlug: 'kassel' },
  { key: 'nahwaerme', regionSlug: 'steirisches-vulkanland' },
  { key: 'wohnen-fuer-hilfe', regionSlug: 'luzern' },
  { key: 'gemeinwohl-bilanz', regionSlug: 'meran' },
  { key: 'schulstrasse', regionSlug: 'koeln-ehrenfeld' },
  { key: 'saatgutbibliothek', regionSlug: 'eisacktal' },
];

const publishedOn: Record<string, string> = {
  gemeinschaftsverpflegung: '2018-05-15',
  'repair-cafe': '2019-04-10',
  buergerbus: '2020-06-20',
  leerstandsboerse: '2021-11-08',
  solawi: '2022-09-05',
  energiegenossenschaft: '2022-12-12',
  schulgarten: '2023-09-18',
  lastenrad: '2023-01-23',
  obstwiesen: '2023-05-02',
  mitfahrbankerl: '2024-12-02',
  ernaehrungsrat: '2023-06-12',
  leihladen: '2024-03-04',
  energiesparberatung: '2024-01-22',
  nahwaerme: '2022-05-09',
  'wohnen-fuer-hilfe': '2023-10-16',
  'gemeinwohl-bilanz': '2024-05-27',
  schulstrasse: '2024-09-09',
  saatgutbibliothek: '2025-02-17',
};

// The first regions that took an action up, as the demo network tells of them.
const firstAdopters: Record<string, DemoAdoption[]> = {
  gemeinschaftsverpflegung: [
    adopt('chiemgau', 'implemented', '2019-02-01', '2020-06-30'),
    adopt('lindau', 'implemented', '2020-01-15', '2021-03-31'),
    adopt('soester-boerde', 'in_progress', '2022-03-01'),
    adopt('graz', 'in_progress', '2023-02-01'),
    adopt('oberthurgau', 'implemented', '2022-01-10', '2023-05-31'),
    adopt('vinschgau', 'planned', '2025-09-01'),
  ],
  'repair-cafe': [
    adopt('wurzen', 'implemented', '2019-09-01', '2020-02-28'),
    adopt('tangerhuette', 'implemented', '2022-10-01', '2023-03-31'),
    adopt('st-poelten', 'in_progress', '2024-01-15'),
    adopt('basel', 'abandoned', '2023-09-01'),
  ],
  buergerbus: [
    adopt('hoher-flaeming', 'implemented', '2022-01-01', '2023-04-30'),
    adopt('uckermark', 'in_progress', '2024-09-01'),
    adopt('neulengbach-im-wienerwald', 'implemented', '2022-11-01', '2024-01-31'),
    adopt('pustertal', 'planned', '2025-04-01'),
  ],
  leerstandsboerse: [
    adopt('coburg', 'implemented', '2022-03-01', '2023-06-30'),
    adopt('st-poelten', 'planned', '2025-02-01'),
  ],
  solawi: [
    adopt('saale-holzland-kreis', 'implemented', '2023-01-01', '2024-02-29'),
    adopt('uckermark', 'implemented', '2024-08-01', '2025-05-31'),
    adopt('muehlviertel', 'in_progress', '2024-10-01'),
    adopt('bern', 'in_progress', '2025-01-15'),
    adopt('zuercher-oberland', 'planned', '2025-08-01'),
  ],
  energiegenossenschaft: [
    adopt('ammersee-landsberg', 'implemented', '2023-02-01', '2024-05-31'),
    adopt('wendland', 'in_progress', '2024-03-01'),
    adopt('aachener-umland', 'in_progress', '2024-06-01'),
    adopt('waldviertel', 'implemented', '2023-04-01', '2024-09-30'),
  ],
  schulgarten: [
    adopt('leipzig-plagwitz', 'implemented', '2024-03-01', '2024-10-31'),
    adopt('bozen', 'in_progress', '2024-09-15'),
  ],
  lastenrad: [
    adopt('hannover', 'implemented', '2023-04-01', '2023-09-30'),
    adopt('freiburg-im-breisgau', 'implemented', '2023-03-01', '2023-08-31'),
    adopt('bern', 'implemented', '2024-10-01', '2025-04-30'),
    adopt('hamburg', 'in_progress', '2024-05-01'),
  ],
  obstwiesen: [adopt('bregenzerwald', 'in_progress', '2024-02-01'), adopt('muehlviertel', 'planned', '2025-10-01')],
  mitfahrbankerl: [
    adopt('allgaeu', 'implemented', '2024-12-14', '2025-06-30'),
    adopt('rhoen-grabfeld', 'in_progress', '2025-07-01'),
  ],
  ernaehrungsrat: [adopt('leipzig-plagwitz', 'in_progress', '2024-02-01'), adopt('graz', 'planned', '2025-03-01')],
  leihladen: [adopt('basel', 'implemented', '2024-05-01', '2024-11-30')],
  energiesparberatung: [adopt('wendland', 'in_progress', '2024-10-01')],
  schulstrasse: [adopt('innsbruck-land', 'planned', '2025-09-15')],
};

// A few actions caught on: word spread through the peer groups and the conferences, and region after region took
// them up. Most others stayed with their first adopters or with none.
const followers: Record<string, number> = {
  gemeinschaftsverpflegung: 10,
  'repair-cafe': 9,
  solawi: 6,
  lastenrad: 4,
  energiegenossenschaft: 3,
  buergerbus: 2,
  mitfahrbankerl: 2,
};

const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
// ISO dates sort as text.
const latest = (...dates: string[]) => [...dates].sort().at(-1) as string;
const earliest = (...dates: string[]) => [...dates].sort()[0] as string;

/** How an adoption stands today: young ones are planned or under way, older ones mostly done, some given up. */
function adoptionAt(region: SeedRegion, startedOn: string, random: ReturnType<typeof randomFor>): DemoAdoption {
  const age = daysBetween(startedOn, demoToday);
  const status: AdoptionStatus =
    age < 180
      ? random.weighted({ planned: 0.5, in_progress: 0.45, abandoned: 0.05 })
      : age < 540
        ? random.weighted({ planned: 0.1, in_progress: 0.45, implemented: 0.25, abandoned: 0.2 })
        : random.weighted({ in_progress: 0.15, implemented: 0.65, abandoned: 0.2 });
  const completedOn =
    status === 'implemented' ? earliest(addDays(startedOn, random.int(90, 420)), addDays(demoToday, -7)) : null;
  return adopt(region.slug, status, startedOn, completedOn);
}

/**
 * The regions that followed the first adopters of an action: established regions drawn for it, each starting some
 * time after the action was published and after the region had found its feet, half a year after joining.
 */
function followersOf(key: string, origin: string, published: string, first: DemoAdoption[]): DemoAdoption[] {
  const random = randomFor(`adoptions:${key}`);
  const taken = new Set([origin, ...first.map((adoption) => adoption.regionSlug)]);
  const candidates = random.shuffled(
    seedRegions.filter(
      (region) => !taken.has(region.slug) && (region.status === 'active' || region.status === 'self_organised'),
    ),
  );
  const adoptions: DemoAdoption[] = [];
  for (const region of candidates) {
    if (adoptions.length >= (followers[key] ?? 0)) break;
    const from = latest(addDays(published, 30), addDays(region.joinedOn, 180));
    const until = addDays(demoToday, -30);
    if (from >= until) continue;
    // More regions, more adopters: the later in the window, the likelier the start.
    const startedOn = addDays(from, Math.floor(Math.sqrt(random.next()) * daysBetween(from, until)));
    adoptions.push(adoptionAt(region, startedOn, random));
  }
  return adoptions;
}

/** Every action of the pool: those that came out of conference outcomes, and those regions brought in directly. */
export function demoActions(): DemoAction[] {
  const fromOutcomes = demoOutcomes.flatMap((outcome) =>
    outcome.action
      ? [
          {
            key: outcome.action.key,
            regionSlug: outcome.regionSlug,
            outcomeKey: outcome.key,
            status: outcome.action.status,
          },
        ]
      : [],
  );
  const direct = broughtIn.map((action) => ({ ...action, outcomeKey: null, status: 'published' as const }));
  return [...fromOutcomes, ...direct].map((action) => {
    const published = publishedOn[action.key] ?? null;
    const first = firstAdopters[action.key] ?? [];
    return {
      ...action,
      publishedOn: published,
      adoptions: published ? [...first, ...followersOf(action.key, action.regionSlug, published, first)] : first,
    };
  });
}
