import type { ActionStatus } from './actions';
import { type DemoConference, demoConferences } from './conferences';
import { currentFieldsOf } from './fields';
import { firstConferenceKey, participantKey, teamPersonKey } from './keys';
import { localityOf, regionPhrases } from './localities';
import { type OutcomeIdea, outcomeIdeas, type Setting } from './outcome-ideas';
import { randomFor } from './random';
import { type SeedRegion, seedRegions } from './regions';

export type OutcomeKind = 'idea' | 'project' | 'action' | 'cooperation';
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
  /** When the outcome became an action in the action pool: its key and status (see actions.ts). */
  action: { key: string; status: ActionStatus } | null;
}

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
    action: { key: 'gemeinschaftsverpflegung', status: 'published' },
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
    action: { key: 'repair-cafe', status: 'published' },
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
    action: { key: 'buergerbus', status: 'published' },
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
    action: { key: 'leerstandsboerse', status: 'published' },
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
    action: { key: 'solawi', status: 'published' },
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
    action: { key: 'energiegenossenschaft', status: 'published' },
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
    action: { key: 'schulgarten', status: 'published' },
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
    action: { key: 'lebensmittelretten', status: 'in_review' },
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
    action: { key: 'lastenrad', status: 'published' },
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
    action: { key: 'obstwiesen', status: 'published' },
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
    action: { key: 'wissensboerse', status: 'draft' },
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
    action: { key: 'mitfahrbankerl', status: 'published' },
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
