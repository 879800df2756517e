import { type DemoOrganization, initiativeKey, seedRegions } from '@mitmach/demo-network';

const regionNames = new Map(seedRegions.map((region) => [region.slug, region.name]));

const networkDescriptions: Record<string, string> = {
  [initiativeKey]:
    'Die Initiative begleitet Regionen in Deutschland, Österreich, der Schweiz und Südtirol dabei, Zivilgesellschaft, ' +
    'Politik, Verwaltung und Wirtschaft an einen Tisch zu bringen: mit Mitmach-Konferenzen, Regionallabor und Aktionspool.',
  'schweisfurth-stiftung': 'Trägerorganisation der Mitmach-Regionen Initiative; fördert den Fördertopf der Regionen.',
  'pioneers-of-change': 'Trägerorganisation der Mitmach-Regionen Initiative; gestaltet das Begleitprogramm mit.',
  wirundjetzt: 'Partnerorganisation der Mitmach-Regionen Initiative für Moderation und Beteiligung.',
  'be-the-change': 'Partnerorganisation der Mitmach-Regionen Initiative für Lernformate und Netzwerkarbeit.',
};

/** A short German description that fits the organisation's role in its region. */
export function describeOrganization(organization: DemoOrganization): string | null {
  const network = networkDescriptions[organization.key];
  if (network) return network;
  const region = organization.regionSlug ? regionNames.get(organization.regionSlug) : undefined;
  if (!region) return null;
  switch (organization.kind) {
    case 'initiative':
      return `Das Regional-Team der Mitmach-Region ${region} lädt zu Mitmach-Konferenzen ein, hält die Landkarte der Initiativen aktuell und begleitet Projekte bis zur Umsetzung.`;
    case 'municipality':
      return `Die Verwaltung stellt Räume für die Mitmach-Konferenzen in ${region} und verbindet die Projekte mit der Gemeindeentwicklung.`;
    case 'public_agency':
      return `Das Klimaschutzmanagement berät die Projekte in ${region} zu Energie, Mobilität und Fördermitteln.`;
    case 'company':
      return `Die Bürgeraktiengesellschaft investiert in Höfe, Verarbeitung und Handel in ${region} und vernetzt regionale Betriebe.`;
    case 'school':
      return `Die Schule bringt Projektwochen, Schulgarten und Schülerfirma in die Mitmach-Region ${region} ein.`;
    default:
      return null;
  }
}
