import { type DemoConference, demoConferences } from './conferences';
import { currentFieldsOf } from './fields';
import { firstConferenceKey, participantKey, teamPersonKey } from './keys';
import { localityOf, regionPhrases } from './localities';
import { type OutcomeIdea, outcomeIdeas, type Setting } from './outcome-ideas';
import { randomFor } from './random';
import { type SeedRegion, seedRegions } from './regions';

export type OutcomeKind = 'idea' | 'project' | 'action' | 'cooperation';
export type AdoptionStatus = 'planned' | 'in_progress' | 'implemented' | 'abandoned';

export interface DemoAdoption {
  regionSlug: string;
  status: AdoptionStatus;
  startedOn: string;
  completedOn: string | null;
}

export interface DemoOutcome {
  /** Seed key; the id is outcomeId(key). */
  key: string;
  /** The conference it came out of; the id is conferenceId(conferenceKey). */
  conferenceKey: string;
  regionSlug: string;
  kind: OutcomeKind;
  title: string;
  description: string;
  fieldsOfAction: string[];
  sdgs: number[];
  /** Person keys (see people.ts). */
  responsiblePersonKeys: string[];
  /** Organisation keys (see organizations.ts). */
  partnerOrganizationKeys: string[];
  nextSteps: string;
  /** When the outcome became an action in the action pool: its key, status and the regions that adopted it. */
  action: { key: string; status: 'draft' | 'in_review' | 'published' | 'archived'; adoptions: DemoAdoption[] } | null;
}

const adopt = (regionSlug: string, status: AdoptionStatus, startedOn: string, completedOn: string | null = null) => ({
  regionSlug,
  status,
  startedOn,
  completedOn,
});

const team = (slug: string) => [`${slug}:moderator`, `${slug}:member-1`];

// The outcomes the demo network tells of: each came out of its region's first Mitmach-Konferenz, most became actions.
const told: Omit<DemoOutcome, 'conferenceKey'>[] = [
  {
    key: 'bodensee-oberschwaben:gemeinschaftsverpflegung',
    regionSlug: 'bodensee-oberschwaben',
    kind: 'action',
    title: 'Bio-regionale Gemeinschaftsverpflegung in Kantinen und Schulmensen',
    description:
      'Kantinen von Betrieben, Schulen und Kliniken stellen schrittweise auf regionale Bio-Lebensmittel um. Erzeuger:innen, Küchenleitungen und Kommune vereinbaren Mengen, Preise und Lieferwege.',
    fieldsOfAction: ['food', 'agriculture-food'],
    sdgs: [2, 3, 12],
    responsiblePersonKeys: team('bodensee-oberschwaben'),
    partnerOrganizationKeys: ['bodensee-oberschwaben:municipality', 'bodensee-oberschwaben:business'],
    nextSteps: 'Runder Tisch mit drei Küchen, Pilotwoche im Frühjahr, Auswertung der Mehrkosten.',
    action: {
      key: 'gemeinschaftsverpflegung',
      status: 'published',
      adoptions: [
        adopt('chiemgau', 'implemented', '2019-02-01', '2020-06-30'),
        adopt('lindau', 'implemented', '2020-01-15', '2021-03-31'),
        adopt('soester-boerde', 'in_progress', '2022-03-01'),
        adopt('graz', 'in_progress', '2023-02-01'),
        adopt('oberthurgau', 'implemented', '2022-01-10', '2023-05-31'),
        adopt('vinschgau', 'planned', '2025-09-01'),
      ],
    },
  },
  {
    key: 'bodensee-oberschwaben:regionalwert',
    regionSlug: 'bodensee-oberschwaben',
    kind: 'cooperation',
    title: 'Bürgeraktiengesellschaft für regionale Landwirtschaft',
    description: 'Bürger:innen beteiligen sich mit Aktien an Höfen, Verarbeitung und Handel in der Region.',
    fieldsOfAction: ['finance-economy', 'food'],
    sdgs: [8, 12, 17],
    responsiblePersonKeys: ['bodensee-oberschwaben:member-2'],
    partnerOrganizationKeys: ['bodensee-oberschwaben:business'],
    nextSteps: 'Prüfung der Rechtsform, Infoabend für Landwirt:innen.',
    action: null,
  },
  {
    key: 'chiemgau:repair-cafe',
    regionSlug: 'chiemgau',
    kind: 'action',
    title: 'Reparatur-Cafés in jeder Gemeinde',
    description:
      'Ehrenamtliche reparieren einmal im Monat gemeinsam mit Besucher:innen Elektrogeräte, Fahrräder und Kleidung. Die Gemeinde stellt Räume, lokale Handwerksbetriebe geben Know-how.',
    fieldsOfAction: ['finance-economy', 'social-cohesion'],
    sdgs: [11, 12],
    responsiblePersonKeys: team('chiemgau'),
    partnerOrganizationKeys: ['chiemgau:municipality'],
    nextSteps: 'Werkzeugspenden sammeln, Termine mit Pfarrsaal und Schule abstimmen.',
    action: {
      key: 'repair-cafe',
      status: 'published',
      adoptions: [
        adopt('wurzen', 'implemented', '2019-09-01', '2020-02-28'),
        adopt('tangerhuette', 'implemented', '2022-10-01', '2023-03-31'),
        adopt('st-poelten', 'in_progress', '2024-01-15'),
        adopt('basel', 'abandoned', '2023-09-01'),
      ],
    },
  },
  {
    key: 'wurzen:nachbarschaftsnetz',
    regionSlug: 'wurzen',
    kind: 'project',
    title: 'Nachbarschaftsnetz für ältere Menschen',
    description: 'Ein Telefon- und Besuchsnetz verbindet Ehrenamtliche mit älteren Menschen im Muldental.',
    fieldsOfAction: ['social-cohesion'],
    sdgs: [3, 10, 11],
    responsiblePersonKeys: team('wurzen'),
    partnerOrganizationKeys: ['wurzen:municipality'],
    nextSteps: 'Koordinationsstelle beantragen, Schulung der ersten 15 Ehrenamtlichen.',
    action: null,
  },
  {
    key: 'lindau:buergerbus',
    regionSlug: 'lindau',
    kind: 'action',
    title: 'Bürgerbus für Dörfer ohne Taktverkehr',
    description:
      'Ein Verein betreibt mit ehrenamtlichen Fahrer:innen einen Kleinbus, der Dörfer ohne regelmäßigen ÖPNV an Bahnhof und Ärztehaus anbindet.',
    fieldsOfAction: ['energy-transport', 'mobility'],
    sdgs: [9, 11, 13],
    responsiblePersonKeys: team('lindau'),
    partnerOrganizationKeys: ['lindau:municipality', 'lindau:climate-management'],
    nextSteps: 'Fahrplanentwurf, Gespräch mit dem Verkehrsverbund, Versicherung klären.',
    action: {
      key: 'buergerbus',
      status: 'published',
      adoptions: [
        adopt('hoher-flaeming', 'implemented', '2022-01-01', '2023-04-30'),
        adopt('uckermark', 'in_progress', '2024-09-01'),
        adopt('neulengbach-im-wienerwald', 'implemented', '2022-11-01', '2024-01-31'),
        adopt('pustertal', 'planned', '2025-04-01'),
      ],
    },
  },
  {
    key: 'aalen:leerstand',
    regionSlug: 'aalen',
    kind: 'action',
    title: 'Leerstandsbörse für Wohnen und Gewerbe',
    description:
      'Eine gemeinsame Börse von Stadt, Vereinen und Eigentümer:innen bringt leerstehende Häuser und Läden wieder in Nutzung, etwa für Wohnprojekte und Gründungen.',
    fieldsOfAction: ['building-housing', 'economy'],
    sdgs: [8, 11],
    responsiblePersonKeys: team('aalen'),
    partnerOrganizationKeys: ['aalen:municipality'],
    nextSteps: 'Leerstandskataster erfassen, Eigentümer:innen anschreiben.',
    action: {
      key: 'leerstandsboerse',
      status: 'published',
      adoptions: [
        adopt('coburg', 'implemented', '2022-03-01', '2023-06-30'),
        adopt('st-poelten', 'planned', '2025-02-01'),
      ],
    },
  },
  {
    key: 'hoher-flaeming:dorfladen',
    regionSlug: 'hoher-flaeming',
    kind: 'project',
    title: 'Genossenschaftlicher Dorfladen mit Regionalregal',
    description:
      'Bewohner:innen gründen eine Genossenschaft, die einen Dorfladen mit Produkten aus dem Fläming betreibt.',
    fieldsOfAction: ['agriculture-food', 'social-cohesion'],
    sdgs: [2, 11, 12],
    responsiblePersonKeys: team('hoher-flaeming'),
    partnerOrganizationKeys: ['hoher-flaeming:business'],
    nextSteps: 'Genossenschaftsanteile zeichnen, Ladenfläche im alten Bahnhof sichern.',
    action: null,
  },
  {
    key: 'odenwaldkreis:solawi',
    regionSlug: 'odenwaldkreis',
    kind: 'action',
    title: 'Solidarische Landwirtschaft gründen',
    description:
      'Haushalte finanzieren gemeinsam die Jahreskosten eines Hofes und teilen die Ernte. Die Aktion begleitet von der ersten Infoveranstaltung bis zur Gründung.',
    fieldsOfAction: ['agriculture-food'],
    sdgs: [2, 12, 15],
    responsiblePersonKeys: team('odenwaldkreis'),
    partnerOrganizationKeys: ['odenwaldkreis:business'],
    nextSteps: 'Hof finden, Bieterrunde vorbereiten.',
    action: {
      key: 'solawi',
      status: 'published',
      adoptions: [
        adopt('saale-holzland-kreis', 'implemented', '2023-01-01', '2024-02-29'),
        adopt('uckermark', 'implemented', '2024-08-01', '2025-05-31'),
        adopt('muehlviertel', 'in_progress', '2024-10-01'),
        adopt('bern', 'in_progress', '2025-01-15'),
        adopt('zuercher-oberland', 'planned', '2025-08-01'),
      ],
    },
  },
  {
    key: 'saale-holzland-kreis:energiegenossenschaft',
    regionSlug: 'saale-holzland-kreis',
    kind: 'action',
    title: 'Bürgerenergiegenossenschaft für Dachsolaranlagen',
    description:
      'Eine Genossenschaft pachtet Dächer von Schulen, Turnhallen und Betrieben und baut Photovoltaik, finanziert von Bürger:innen aus der Region.',
    fieldsOfAction: ['energy'],
    sdgs: [7, 13],
    responsiblePersonKeys: team('saale-holzland-kreis'),
    partnerOrganizationKeys: ['saale-holzland-kreis:climate-management', 'saale-holzland-kreis:school'],
    nextSteps: 'Dachflächen prüfen, Gründungsversammlung.',
    action: {
      key: 'energiegenossenschaft',
      status: 'published',
      adoptions: [
        adopt('ammersee-landsberg', 'implemented', '2023-02-01', '2024-05-31'),
        adopt('wendland', 'in_progress', '2024-03-01'),
        adopt('aachener-umland', 'in_progress', '2024-06-01'),
        adopt('waldviertel', 'implemented', '2023-04-01', '2024-09-30'),
      ],
    },
  },
  {
    key: 'hannover:strassenfest',
    regionSlug: 'hannover',
    kind: 'idea',
    title: 'Autofreie Straßenfeste im Quartier',
    description: 'Einmal im Sommer wird eine Straße pro Stadtteil zum Treffpunkt für Nachbarschaft und Initiativen.',
    fieldsOfAction: ['mobility', 'social-cohesion'],
    sdgs: [11, 13],
    responsiblePersonKeys: ['hannover:member-1'],
    partnerOrganizationKeys: ['hannover:municipality'],
    nextSteps: 'Genehmigung beim Ordnungsamt anfragen.',
    action: null,
  },
  {
    key: 'hamburg:klimagarten',
    regionSlug: 'hamburg',
    kind: 'action',
    title: 'Gemeinschaftsgärten auf Schulhöfen',
    description:
      'Schulen öffnen Teile ihrer Höfe für Beete, die Klassen und Nachbarschaft gemeinsam bewirtschaften; die Ernte geht in die Schulküche.',
    fieldsOfAction: ['agriculture-food', 'building-housing'],
    sdgs: [4, 11, 15],
    responsiblePersonKeys: team('hamburg'),
    partnerOrganizationKeys: ['hamburg:school'],
    nextSteps: 'Pilotschule gewinnen, Hochbeete bauen.',
    action: {
      key: 'schulgarten',
      status: 'published',
      adoptions: [
        adopt('leipzig-plagwitz', 'implemented', '2024-03-01', '2024-10-31'),
        adopt('bozen', 'in_progress', '2024-09-15'),
      ],
    },
  },
  {
    key: 'graz:lebensmittelretten',
    regionSlug: 'graz',
    kind: 'cooperation',
    title: 'Kooperation von Märkten und Tafeln gegen Lebensmittelverschwendung',
    description: 'Supermärkte, Bauernmärkte und Sozialmärkte vereinbaren feste Abholzeiten für Überschüsse.',
    fieldsOfAction: ['agriculture-food', 'economy'],
    sdgs: [2, 12],
    responsiblePersonKeys: team('graz'),
    partnerOrganizationKeys: ['graz:business', 'graz:municipality'],
    nextSteps: 'Rahmenvereinbarung unterschreiben.',
    action: {
      key: 'lebensmittelretten',
      status: 'in_review',
      adoptions: [],
    },
  },
  {
    key: 'winterthur:lastenrad',
    regionSlug: 'winterthur',
    kind: 'action',
    title: 'Freie Lastenräder zum Ausleihen',
    description:
      'Lastenräder stehen bei Läden und Vereinen kostenlos zum Ausleihen bereit; gebucht wird online, Partner übernehmen Schlüsselübergabe und Pflege.',
    fieldsOfAction: ['mobility'],
    sdgs: [11, 13],
    responsiblePersonKeys: team('winterthur'),
    partnerOrganizationKeys: ['winterthur:business'],
    nextSteps: 'Zwei Räder beschaffen, Standorte festlegen.',
    action: {
      key: 'lastenrad',
      status: 'published',
      adoptions: [
        adopt('hannover', 'implemented', '2023-04-01', '2023-09-30'),
        adopt('freiburg-im-breisgau', 'implemented', '2023-03-01', '2023-08-31'),
        adopt('bern', 'implemented', '2024-10-01', '2025-04-30'),
        adopt('hamburg', 'in_progress', '2024-05-01'),
      ],
    },
  },
  {
    key: 'oberthurgau:hofladen-netz',
    regionSlug: 'oberthurgau',
    kind: 'project',
    title: 'Gemeinsame Karte der Hofläden',
    description: 'Eine gedruckte und digitale Karte zeigt alle Hofläden mit Öffnungszeiten und Sortiment.',
    fieldsOfAction: ['agriculture-food', 'economy'],
    sdgs: [2, 12],
    responsiblePersonKeys: ['oberthurgau:member-1'],
    partnerOrganizationKeys: ['oberthurgau:business'],
    nextSteps: 'Daten bei den Höfen erheben.',
    action: null,
  },
  {
    key: 'vinschgau:obstwiesen',
    regionSlug: 'vinschgau',
    kind: 'action',
    title: 'Streuobstwiesen-Patenschaften',
    description:
      'Familien, Schulklassen und Betriebe übernehmen Patenschaften für alte Obstbäume, pflegen sie mit Fachleuten und ernten gemeinsam.',
    fieldsOfAction: ['agriculture-food'],
    sdgs: [15, 12, 4],
    responsiblePersonKeys: team('vinschgau'),
    partnerOrganizationKeys: ['vinschgau:school', 'vinschgau:municipality'],
    nextSteps: 'Baumkataster anlegen, Schnittkurs im Februar.',
    action: {
      key: 'obstwiesen',
      status: 'published',
      adoptions: [adopt('bregenzerwald', 'in_progress', '2024-02-01'), adopt('muehlviertel', 'planned', '2025-10-01')],
    },
  },
  {
    key: 'waldviertel:wissensboerse',
    regionSlug: 'waldviertel',
    kind: 'idea',
    title: 'Wissensbörse für Handwerk und Landwirtschaft',
    description: 'Ältere Handwerker:innen und Landwirt:innen geben ihr Wissen in offenen Werkstätten weiter.',
    fieldsOfAction: ['economy', 'social-cohesion'],
    sdgs: [4, 8],
    responsiblePersonKeys: ['waldviertel:member-2'],
    partnerOrganizationKeys: [],
    nextSteps: 'Werkstattorte sammeln.',
    action: {
      key: 'wissensboerse',
      status: 'draft',
      adoptions: [],
    },
  },
  {
    key: 'pustertal:mitfahrbankerl',
    regionSlug: 'pustertal',
    kind: 'action',
    title: 'Mitfahrbankerl an Dorfausgängen',
    description:
      'Gut sichtbare Bänke mit Zielschildern laden zum Mitnehmen ein; Gemeinden stellen sie auf, die Initiative wirbt für die Idee.',
    fieldsOfAction: ['mobility', 'social-cohesion'],
    sdgs: [11, 13],
    responsiblePersonKeys: team('pustertal'),
    partnerOrganizationKeys: ['pustertal:municipality'],
    nextSteps: 'Standorte mit Gemeinden abstimmen, Schilder gestalten.',
    action: {
      key: 'mitfahrbankerl',
      status: 'published',
      adoptions: [
        adopt('allgaeu', 'implemented', '2024-11-01', '2025-06-30'),
        adopt('rhoen-grabfeld', 'in_progress', '2025-07-01'),
      ],
    },
  },
];

// A text idea may come up in up to three regions: that is how ideas spread, and no more, so that outcomes still read
// as the region's own.
const maxUsesOfAnIdea = 3;

/** How many outcomes a conference recorded beyond those told of: two or three in all at a first conference, one elsewhere. */
function writtenCount(conference: DemoConference, random: ReturnType<typeof randomFor>): number {
  switch (conference.format) {
    case 'mitmach_konferenz': {
      const toldHere = told.filter((outcome) => firstConferenceKey(outcome.regionSlug) === conference.key).length;
      return Math.max(1, (random.chance(0.4) ? 3 : 2) - toldHere);
    }
    case 'mitmach_werkstatt':
      return 1;
    case 'success_workshop':
      return 1;
  }
}

function settingOf(region: SeedRegion, random: ReturnType<typeof randomFor>): Setting {
  const [a, b, c = a] = random.shuffled(localityOf(region.slug).places);
  const phrases = regionPhrases(region);
  return {
    region: region.name,
    inRegion: phrases.in,
    forRegion: phrases.for,
    fromRegion: phrases.from,
    places: [a as string, b as string, c as string],
  };
}

// Who takes an outcome on: the team, or people who came to the conference and stayed.
const takersOf = (slug: string) => [
  teamPersonKey(slug, 'moderator'),
  teamPersonKey(slug, 'member-1'),
  teamPersonKey(slug, 'member-2'),
  ...Array.from({ length: 12 }, (_, index) => participantKey(slug, index + 1)),
];

/**
 * The outcomes documented conferences recorded beyond those told of, written for their region and a field of action
 * of the conference: the idea least used so far in that field (or, when its ideas are used up, in another field of
 * the conference), named after the region's places.
 */
function writtenOutcomes(): DemoOutcome[] {
  const uses = new Map<string, number>();
  const documented = demoConferences()
    .filter((conference) => conference.status === 'documented')
    .sort((a, b) => (a.days[0]?.date ?? '').localeCompare(b.days[0]?.date ?? '') || a.key.localeCompare(b.key));
  return documented.flatMap((conference) => {
    const region = seedRegions.find((candidate) => candidate.slug === conference.regionSlug) as SeedRegion;
    const random = randomFor(`outcomes:${conference.key}`);
    const fields = conference.fieldsOfAction;
    const offset = random.int(0, fields.length - 1);
    const chosen: OutcomeIdea[] = [];
    const ideaFor = (field: string) =>
      currentFieldsOf(field)
        .flatMap((current) => outcomeIdeas[current as keyof typeof outcomeIdeas] ?? [])
        .filter((candidate) => !chosen.includes(candidate) && (uses.get(candidate.slug) ?? 0) < maxUsesOfAnIdea)
        .map((candidate) => ({ candidate, draw: random.next() }))
        .sort((a, b) => (uses.get(a.candidate.slug) ?? 0) - (uses.get(b.candidate.slug) ?? 0) || a.draw - b.draw)
        .map(({ candidate }) => ({ field, idea: candidate }))[0];
    return Array.from({ length: writtenCount(conference, random) }).flatMap((_, slot): DemoOutcome[] => {
      const inTurn = fields.map((_field, index) => fields[(offset + slot + index) % fields.length] as string);
      const found = inTurn.map(ideaFor).find((candidate) => candidate !== undefined);
      if (!found) return [];
      const { field, idea } = found;
      chosen.push(idea);
      uses.set(idea.slug, (uses.get(idea.slug) ?? 0) + 1);
      const setting = settingOf(region, random);
      return [
        {
          key: `${conference.key}:${idea.slug}`,
          conferenceKey: conference.key,
          regionSlug: region.slug,
          kind: idea.kind,
          title: idea.title(setting),
          description: idea.description(setting),
          fieldsOfAction: [field],
          sdgs: idea.sdgs,
          responsiblePersonKeys: random.shuffled(takersOf(region.slug)).slice(0, random.int(1, 2)),
          partnerOrganizationKeys: idea.partners.map((kind) => `${region.slug}:${kind}`),
          nextSteps: idea.nextSteps(setting),
          action: null,
        },
      ];
    });
  });
}

/** Every outcome of the demo network: those it tells of, and what the documented conferences recorded besides. */
export const demoOutcomes: DemoOutcome[] = [
  ...told.map((outcome) => ({ ...outcome, conferenceKey: firstConferenceKey(outcome.regionSlug) })),
  ...writtenOutcomes(),
];
