/** What a text about an outcome may name: the region and places in it, in an order drawn for the outcome. */
export interface Setting {
  /** The region's name, and how it reads after "in", "für" and "aus". */
  region: string;
  inRegion: string;
  forRegion: string;
  fromRegion: string;
  /** Three places of the region (the first ones again where it has fewer). */
  places: [string, string, string];
}

export type PartnerKind = 'municipality' | 'climate-management' | 'business' | 'school' | 'team';

/**
 * An idea a conference may come up with in a field of action, written so that it reads as the region's own: its
 * title, description and next steps name the region and its places.
 */
export interface OutcomeIdea {
  /** Unique; the last part of the outcome's key. */
  slug: string;
  kind: 'idea' | 'project' | 'action' | 'cooperation';
  sdgs: number[];
  partners: PartnerKind[];
  title: (setting: Setting) => string;
  description: (setting: Setting) => string;
  nextSteps: (setting: Setting) => string;
}

type Field = 'agriculture-food' | 'energy' | 'mobility' | 'building-housing' | 'economy' | 'social-cohesion';

export const outcomeIdeas: Record<Field, OutcomeIdea[]> = {
  'agriculture-food': [
    {
      slug: 'ernaehrungsrat',
      kind: 'cooperation',
      sdgs: [2, 12, 17],
      partners: ['municipality', 'business'],
      title: ({ forRegion }) => `Ernährungsrat ${forRegion}`,
      description: ({ inRegion, places: [a, b] }) =>
        `Erzeuger:innen, Handel, Gastronomie und Verwaltung aus ${a}, ${b} und Umgebung gründen einen Ernährungsrat, der Empfehlungen für die Ernährung ${inRegion} erarbeitet und Projekte anstößt.`,
      nextSteps: () =>
        'Gründungstreffen im Frühjahr, Geschäftsordnung entwerfen, Ansprechperson in der Verwaltung benennen.',
    },
    {
      slug: 'gemuesekiste',
      kind: 'project',
      sdgs: [2, 12],
      partners: ['business'],
      title: ({ places: [a, b] }) => `Gemüsekiste von Höfen aus ${a} und ${b}`,
      description: ({ inRegion }) =>
        `Drei bis fünf Höfe liefern gemeinsam eine wöchentliche Kiste mit saisonalem Gemüse an Haushalte ${inRegion}; Abholstellen in Läden und Vereinsheimen sparen Wege.`,
      nextSteps: () => 'Höfe gewinnen, Abholstellen festlegen, Probelieferung für fünfzig Haushalte.',
    },
    {
      slug: 'regionalregal',
      kind: 'action',
      sdgs: [8, 12],
      partners: ['business'],
      title: ({ places: [a] }) => `Regionalregal in den Lebensmittelmärkten von ${a}`,
      description: ({ fromRegion, places: [a, b] }) =>
        `Händler:innen in ${a} und ${b} richten ein Regal mit Produkten ${fromRegion} ein; ein gemeinsames Zeichen macht die Herkunft auf einen Blick sichtbar.`,
      nextSteps: () => 'Gespräche mit drei Marktleitungen, Liste der Lieferbetriebe erstellen, Zeichen gestalten.',
    },
    {
      slug: 'schulacker',
      kind: 'project',
      sdgs: [2, 4, 15],
      partners: ['school', 'business'],
      title: ({ places: [a] }) => `Schulacker am Ortsrand von ${a}`,
      description: ({ places: [a, b] }) =>
        `Schüler:innen aus ${a} bauen auf einem gepachteten Acker Gemüse an, begleitet von Landwirt:innen aus ${b}; die Ernte kommt in die Schulmensa.`,
      nextSteps: ({ places: [a] }) => `Fläche bei ${a} pachten, Lehrkräfte gewinnen, Aussaat im April.`,
    },
    {
      slug: 'mobile-mosterei',
      kind: 'project',
      sdgs: [12, 15],
      partners: ['municipality'],
      title: ({ places: [a] }) => `Mobile Mosterei für die Obstwiesen um ${a}`,
      description: ({ places: [a, b, c] }) =>
        `Eine gemeinsam angeschaffte mobile Saftpresse tourt im Herbst durch ${a}, ${b} und ${c}; Familien lassen das Obst ihrer eigenen Bäume zu Saft verarbeiten, statt es liegen zu lassen.`,
      nextSteps: () => 'Förderantrag stellen, Standorte und Termine für die erste Saison planen.',
    },
    {
      slug: 'fair-teiler',
      kind: 'action',
      sdgs: [2, 12],
      partners: ['team'],
      title: ({ places: [a, b] }) => `Fair-Teiler gegen Lebensmittelverschwendung in ${a} und ${b}`,
      description: ({ inRegion }) =>
        `Öffentlich zugängliche Kühlschränke und Regale, an denen Betriebe und Haushalte ${inRegion} übrige Lebensmittel teilen; Ehrenamtliche kümmern sich um Hygiene und Pflege.`,
      nextSteps: () => 'Standorte mit Kirchengemeinde und Bäckerei klären, Hygieneplan schreiben.',
    },
    {
      slug: 'feierabendmarkt',
      kind: 'project',
      sdgs: [8, 11, 12],
      partners: ['municipality', 'business'],
      title: ({ places: [a] }) => `Feierabendmarkt in ${a}`,
      description: ({ fromRegion, places: [a] }) =>
        `Seit Jahren gibt es in ${a} keinen Markt mehr. Direktvermarkter:innen ${fromRegion} wollen donnerstags ab 16 Uhr einen Feierabendmarkt auf dem Dorfplatz veranstalten.`,
      nextSteps: () => 'Genehmigung bei der Gemeinde einholen, Stände gewinnen, ersten Markttag im Mai.',
    },
    {
      slug: 'kita-kueche',
      kind: 'cooperation',
      sdgs: [2, 3, 12],
      partners: ['municipality', 'business'],
      title: ({ inRegion }) => `Regionale Zutaten für die Kita-Küchen ${inRegion}`,
      description: ({ places: [a, b] }) =>
        `Kitas in ${a} und ${b} bestellen gemeinsam bei Höfen aus der Umgebung, damit sich die Lieferung für beide Seiten lohnt und die Kinder wissen, woher ihr Essen kommt.`,
      nextSteps: () => 'Bedarf der Küchen erheben, Sammelbestellung für ein Quartal erproben.',
    },
    {
      slug: 'gemeinschaftsgarten',
      kind: 'cooperation',
      sdgs: [11, 15],
      partners: ['school', 'municipality'],
      title: ({ places: [a] }) => `Gemeinschaftsgarten auf der Brache in ${a}`,
      description: ({ places: [a] }) =>
        `Nachbar:innen, Schule und Gartenbauverein verwandeln eine Brachfläche in ${a} in einen Garten mit Hochbeeten, Beerensträuchern und einem Platz zum Verweilen.`,
      nextSteps: () => 'Nutzungsvertrag mit der Gemeinde, Bodenprobe, erstes Bauwochenende.',
    },
    {
      slug: 'saatgut-tausch',
      kind: 'idea',
      sdgs: [2, 15],
      partners: ['team'],
      title: ({ region }) => `Saatgut-Tauschbörse ${region}`,
      description: ({ places: [a, b] }) =>
        `Gärtner:innen aus ${a} und ${b} tauschen jedes Frühjahr samenfeste Sorten und geben weiter, was sie über Anbau und Saatgutgewinnung wissen.`,
      nextSteps: () => 'Termin im März, Bücherei als Ort anfragen, Saatgut aus dem eigenen Garten sammeln.',
    },
    {
      slug: 'bluehstreifen',
      kind: 'project',
      sdgs: [2, 15],
      partners: ['business', 'municipality'],
      title: ({ places: [a] }) => `Blühstreifen und Bienenweiden rund um ${a}`,
      description: ({ places: [a, b] }) =>
        `Landwirt:innen, Imker:innen und Gemeinde legen an Feldrändern zwischen ${a} und ${b} Blühstreifen an; Patenschaften von Bürger:innen bezahlen das Saatgut.`,
      nextSteps: () => 'Flächen mit den Betrieben festlegen, Patenschaften werben, Aussaat im April.',
    },
    {
      slug: 'essbarer-ort',
      kind: 'action',
      sdgs: [2, 11, 15],
      partners: ['municipality', 'school'],
      title: ({ places: [a] }) => `Essbares ${a}`,
      description: ({ places: [a] }) =>
        `Auf öffentlichen Grünflächen in ${a} wachsen Kräuter, Obst und Gemüse, die alle ernten dürfen; Schulen und Vereine übernehmen die Pflege der Beete.`,
      nextSteps: () => 'Flächen mit dem Bauhof auswählen, Beetpatenschaften vergeben, Pflanztag im Mai.',
    },
  ],
  energy: [
    {
      slug: 'solarlotsen',
      kind: 'action',
      sdgs: [7, 13],
      partners: ['climate-management'],
      title: ({ places: [a] }) => `Solarlots:innen für die Dächer von ${a}`,
      description: ({ places: [a, b] }) =>
        `Ehrenamtliche Solarlots:innen beraten Hausbesitzer:innen in ${a} und ${b} kostenlos, wie Photovoltaik auf das eigene Dach kommt; Sammelbestellungen senken die Preise.`,
      nextSteps: () => 'Solarlots:innen schulen, Infoabend im Gemeindesaal, erste Sammelbestellung.',
    },
    {
      slug: 'nahwaerme-studie',
      kind: 'project',
      sdgs: [7, 11, 13],
      partners: ['municipality', 'climate-management'],
      title: ({ places: [a] }) => `Machbarkeitsstudie Nahwärme für ${a}`,
      description: ({ places: [a] }) =>
        `Ein Ortsteil von ${a} prüft, ob ein Wärmenetz mit Holzhackschnitzeln oder einer Großwärmepumpe die alten Ölheizungen ersetzen kann.`,
      nextSteps: () => 'Fördermittel beantragen, Wärmebedarf der Haushalte erheben, Ingenieurbüro beauftragen.',
    },
    {
      slug: 'balkonkraftwerke',
      kind: 'action',
      sdgs: [7, 11],
      partners: ['climate-management'],
      title: ({ inRegion }) => `Balkonkraftwerke für Mieter:innen ${inRegion}`,
      description: ({ places: [a, b] }) =>
        `Eine Sammelbestellung mit Montagehilfe bringt Stecker-Solargeräte auf Balkone in ${a} und ${b}; Vermieter:innen erhalten ein Musterschreiben.`,
      nextSteps: () => 'Sammelbestellung organisieren, Montagetage im Frühjahr, Musterschreiben prüfen lassen.',
    },
    {
      slug: 'energiesparschulen',
      kind: 'project',
      sdgs: [4, 7, 13],
      partners: ['school', 'municipality'],
      title: ({ places: [a] }) => `Energiesparen an den Schulen von ${a}`,
      description: () =>
        'Schüler:innen messen Verbrauch und Raumtemperaturen und schlagen Einsparungen vor; die Hälfte der eingesparten Kosten fließt an die Schule zurück.',
      nextSteps: () => 'Vereinbarung mit dem Schulträger, Messgeräte beschaffen, Energieteams bilden.',
    },
    {
      slug: 'thermografie',
      kind: 'action',
      sdgs: [7, 11],
      partners: ['climate-management'],
      title: ({ places: [a] }) => `Thermografie-Spaziergänge durch ${a}`,
      description: ({ places: [a] }) =>
        `An kalten Winterabenden zeigen Energieberater:innen mit der Wärmebildkamera, wo Häuser in ${a} Wärme verlieren, und erklären, was dagegen hilft.`,
      nextSteps: () => 'Termine im Januar, Energieberater:innen gewinnen, Einladung im Gemeindeblatt.',
    },
    {
      slug: 'buergerwind',
      kind: 'cooperation',
      sdgs: [7, 13, 17],
      partners: ['municipality', 'business'],
      title: ({ places: [a, b] }) => `Bürgerwind zwischen ${a} und ${b}`,
      description: ({ fromRegion }) =>
        `Gemeinden und Bürger:innen ${fromRegion} planen gemeinsam eine Windenergieanlage, an der sich alle beteiligen können; die Pacht kommt den Gemeindekassen zugute.`,
      nextSteps: () => 'Flächen prüfen, Beteiligungsmodell entwerfen, Bürgerversammlung einberufen.',
    },
    {
      slug: 'energiegemeinschaft',
      kind: 'project',
      sdgs: [7, 11],
      partners: ['municipality', 'business'],
      title: ({ places: [a] }) => `Energiegemeinschaft im Ortskern von ${a}`,
      description: ({ places: [a] }) =>
        `Nachbar:innen, Bäckerei und Gemeinde in ${a} teilen den Strom der Solaranlagen auf ihren Dächern in einer gemeinsamen Energiegemeinschaft.`,
      nextSteps: () => 'Rechtsform klären, Zählerstandorte erfassen, Netzbetreiber ansprechen.',
    },
    {
      slug: 'heizungsstammtisch',
      kind: 'idea',
      sdgs: [7, 13],
      partners: ['business'],
      title: ({ region }) => `Stammtisch Heizungstausch ${region}`,
      description: ({ places: [a, b] }) =>
        `Wer in ${a} oder ${b} die Heizung tauschen will, trifft sich einmal im Monat mit Nachbar:innen, die es schon getan haben, und mit Handwerksbetrieben aus der Gegend.`,
      nextSteps: () => 'Ersten Stammtisch im Herbst, Beispiele aus der Nachbarschaft sammeln.',
    },
    {
      slug: 'buergersolar-daecher',
      kind: 'cooperation',
      sdgs: [7, 13, 17],
      partners: ['climate-management', 'team'],
      title: ({ inRegion }) => `Solarstrom von Kirchen- und Vereinsdächern ${inRegion}`,
      description: ({ places: [a, b] }) =>
        `Kirchengemeinden und Sportvereine in ${a} und ${b} stellen ihre Dächer für Bürgersolaranlagen zur Verfügung; die Erträge fließen zum Teil in die Jugendarbeit.`,
      nextSteps: () => 'Dächer auf Statik prüfen lassen, Pachtvertrag entwerfen, Gemeindeversammlung informieren.',
    },
  ],
  mobility: [
    {
      slug: 'mitfahrbaenke',
      kind: 'action',
      sdgs: [11, 13],
      partners: ['municipality'],
      title: ({ places: [a, b] }) => `Mitfahrbänke zwischen ${a} und ${b}`,
      description: ({ places: [a, b] }) =>
        `An den Ortsausgängen von ${a} und ${b} stehen Bänke mit Zielschildern; wer dort sitzt, wird von Autofahrer:innen aus dem Ort mitgenommen.`,
      nextSteps: () => 'Standorte mit den Gemeinden abstimmen, Schilder gestalten, Einweihung mit Presse.',
    },
    {
      slug: 'radweg-luecke',
      kind: 'project',
      sdgs: [3, 11, 13],
      partners: ['municipality', 'climate-management'],
      title: ({ places: [a, b] }) => `Radweg zwischen ${a} und ${b}`,
      description: ({ places: [a, b] }) =>
        `Auf der Straße zwischen ${a} und ${b} fehlen drei Kilometer Radweg. Bürger:innen dokumentieren die Gefahrenstellen und begleiten die Planung.`,
      nextSteps: () => 'Gefahrenstellen kartieren, Gespräch mit dem Straßenbauamt, Unterschriften sammeln.',
    },
    {
      slug: 'dorfauto',
      kind: 'action',
      sdgs: [11, 13],
      partners: ['municipality'],
      title: ({ places: [a] }) => `Dorfauto für ${a}`,
      description: ({ places: [a] }) =>
        `Ein Verein schafft ein Elektroauto an, das Mitglieder in ${a} stundenweise buchen können; geladen wird am Rathaus mit Strom vom Dach.`,
      nextSteps: () => 'Verein gründen, Fahrzeug leasen, Buchungssystem auswählen.',
    },
    {
      slug: 'rufbus',
      kind: 'cooperation',
      sdgs: [10, 11],
      partners: ['municipality'],
      title: ({ inRegion }) => `Rufbus für die Abendstunden ${inRegion}`,
      description: ({ places: [a, b, c] }) =>
        `Verkehrsunternehmen und Gemeinden richten einen Rufbus ein, der abends und am Wochenende ${a}, ${b} und ${c} verbindet.`,
      nextSteps: () => 'Bedarf erheben, Gespräch mit dem Verkehrsverbund, Testphase von sechs Monaten.',
    },
    {
      slug: 'laufbus',
      kind: 'project',
      sdgs: [3, 11],
      partners: ['school'],
      title: ({ places: [a] }) => `Laufbus und sichere Schulwege in ${a}`,
      description: ({ places: [a] }) =>
        `Eltern, Schule und Polizei kartieren Gefahrenstellen in ${a}; Elterntaxis werden durch Laufbusse und Fahrradgruppen ersetzt.`,
      nextSteps: () => 'Schulwegplan erstellen, erste Laufbus-Linien nach den Herbstferien starten.',
    },
    {
      slug: 'fahrradwerkstatt',
      kind: 'action',
      sdgs: [10, 11, 12],
      partners: ['team'],
      title: ({ places: [a] }) => `Offene Fahrradwerkstatt in ${a}`,
      description: ({ places: [a] }) =>
        `Jeden Samstag reparieren Ehrenamtliche in ${a} mit Besucher:innen Fahrräder; gespendete Räder werden für Schüler:innen und Neuankommende hergerichtet.`,
      nextSteps: () => 'Raum finden, Werkzeug spenden lassen, Öffnungszeiten festlegen.',
    },
    {
      slug: 'pendlernetz',
      kind: 'idea',
      sdgs: [11, 13],
      partners: ['business'],
      title: ({ region }) => `Pendlernetz ${region}`,
      description: ({ places: [a, b] }) =>
        `Pendler:innen aus ${a} und ${b} bilden Fahrgemeinschaften zu den großen Arbeitgebern der Gegend; eine einfache App bringt Fahrer:innen und Mitfahrende zusammen.`,
      nextSteps: () => 'Große Arbeitgeber ansprechen, Umfrage zu den Arbeitswegen.',
    },
    {
      slug: 'mobilitaetsstation',
      kind: 'project',
      sdgs: [9, 11],
      partners: ['municipality'],
      title: ({ places: [a] }) => `Mobilitätsstation am Bahnhof ${a}`,
      description: ({ places: [a] }) =>
        `Der Bahnhof von ${a} soll Fahrradboxen, ein Carsharing-Auto und einen Kiosk bekommen, damit das Umsteigen leichter wird und der Bahnhof wieder belebt ist.`,
      nextSteps: () => 'Eigentümer ansprechen, Fördermittel für Radboxen beantragen.',
    },
    {
      slug: 'pedelec-verleih',
      kind: 'action',
      sdgs: [3, 11, 13],
      partners: ['business', 'municipality'],
      title: ({ places: [a, b] }) => `Pedelec-Verleih für ${a} und ${b}`,
      description: ({ places: [a, b] }) =>
        `Wer den Weg zwischen ${a} und ${b} einmal mit dem Rad ausprobieren will, leiht sich im Rathaus oder beim Bäcker ein Pedelec für einen Tag oder eine Woche.`,
      nextSteps: () => 'Vier Räder beschaffen, Verleihstellen gewinnen, Versicherung abschließen.',
    },
    {
      slug: 'autofreier-sonntag',
      kind: 'action',
      sdgs: [11, 13],
      partners: ['municipality', 'team'],
      title: ({ places: [a] }) => `Autofreier Sonntag in ${a}`,
      description: ({ places: [a] }) =>
        `Einmal im Sommer gehört die Hauptstraße von ${a} Fußgänger:innen, Radfahrenden und den Initiativen, die sich dort an Ständen vorstellen.`,
      nextSteps: () => 'Straßensperrung beantragen, Initiativen einladen, Programm für Kinder planen.',
    },
  ],
  'building-housing': [
    {
      slug: 'mehrgenerationenhaus',
      kind: 'cooperation',
      sdgs: [10, 11],
      partners: ['municipality'],
      title: ({ places: [a] }) => `Gemeinschaftliches Wohnprojekt in ${a}`,
      description: ({ places: [a, b] }) =>
        `Eine Gruppe aus ${a} und ${b} plant ein Mehrgenerationenhaus mit gemeinsamen Räumen; die Gemeinde sucht mit ihr nach einem passenden Grundstück.`,
      nextSteps: () => 'Genossenschaft gründen, Grundstück suchen, Architekt:in gewinnen.',
    },
    {
      slug: 'leerstandslotsen',
      kind: 'project',
      sdgs: [8, 11],
      partners: ['municipality'],
      title: ({ places: [a] }) => `Leerstandslots:innen für den Ortskern von ${a}`,
      description: ({ places: [a] }) =>
        `Ehrenamtliche sprechen Eigentümer:innen leerer Häuser in ${a} an und vermitteln Menschen, die dort wohnen oder ein Geschäft eröffnen wollen.`,
      nextSteps: () => 'Leerstände erfassen, Gesprächsleitfaden schreiben, erste Eigentümer:innen besuchen.',
    },
    {
      slug: 'sanierungstreff',
      kind: 'action',
      sdgs: [7, 11, 13],
      partners: ['climate-management', 'business'],
      title: ({ inRegion }) => `Sanierungstreff für Altbauten ${inRegion}`,
      description: ({ places: [a, b] }) =>
        `Eigentümer:innen alter Häuser in ${a} und ${b} tauschen Erfahrungen mit Dämmung, Fenstertausch und Fördermitteln aus; Handwerksbetriebe aus der Gegend stellen sich vor.`,
      nextSteps: () => 'Ersten Treff im Winter, Beispielhaus für eine Besichtigung finden.',
    },
    {
      slug: 'bauteilboerse',
      kind: 'project',
      sdgs: [11, 12],
      partners: ['business'],
      title: ({ region }) => `Bauteilbörse ${region}`,
      description: ({ places: [a, b] }) =>
        `Fenster, Türen, Ziegel und Holz aus Abrissen und Umbauten in ${a} und ${b} werden gesammelt, geprüft und für den nächsten Umbau weitergegeben.`,
      nextSteps: () => 'Lagerfläche finden, Abrissunternehmen ansprechen, Annahmetage festlegen.',
    },
    {
      slug: 'kuehle-hoefe',
      kind: 'project',
      sdgs: [11, 13, 15],
      partners: ['municipality'],
      title: ({ places: [a] }) => `Kühle Innenhöfe in ${a}`,
      description: ({ places: [a] }) =>
        `Hausgemeinschaften in ${a} entsiegeln ihre Höfe, pflanzen Bäume und legen Wasserstellen an, damit es im Sommer erträglicher wird.`,
      nextSteps: () => 'Drei Pilothöfe finden, Förderprogramm der Stadt prüfen, Pflanzaktion im Herbst.',
    },
    {
      slug: 'wohnungstausch',
      kind: 'idea',
      sdgs: [10, 11],
      partners: ['municipality'],
      title: ({ places: [a] }) => `Große Häuser, junge Familien: Wohnungstausch in ${a}`,
      description: ({ places: [a] }) =>
        `Ältere Menschen, denen ihr Haus in ${a} zu groß geworden ist, und junge Familien auf Wohnungssuche finden über eine Tauschbörse zueinander; Beratung zu Umbau und Umzug inklusive.`,
      nextSteps: () => 'Beratungsstelle der Gemeinde einbinden, erste Tauschwillige suchen.',
    },
    {
      slug: 'gemeinschaftshaus',
      kind: 'cooperation',
      sdgs: [11, 16],
      partners: ['municipality', 'team'],
      title: ({ places: [, b] }) => `Gemeinschaftshaus in ${b} wiederbeleben`,
      description: ({ places: [, b] }) =>
        `Vereine aus ${b} übernehmen gemeinsam das leerstehende Gemeinschaftshaus und füllen es mit Café, Proberaum und Sprechstunden.`,
      nextSteps: () => 'Nutzungsvertrag verhandeln, Belegungsplan mit den Vereinen erstellen.',
    },
    {
      slug: 'holzbau',
      kind: 'idea',
      sdgs: [9, 12, 15],
      partners: ['business'],
      title: ({ fromRegion }) => `Bauen mit Holz ${fromRegion}`,
      description: ({ places: [a] }) =>
        `Forstbetriebe, Sägewerke und Zimmereien zeigen an einem Beispielhaus in ${a}, wie Holz aus der Region Beton und Stahl ersetzen kann.`,
      nextSteps: () => 'Beispielhaus auswählen, Baustellenführung organisieren.',
    },
    {
      slug: 'gruene-fassaden',
      kind: 'project',
      sdgs: [11, 13, 15],
      partners: ['climate-management', 'municipality'],
      title: ({ places: [a] }) => `Grüne Fassaden für ${a}`,
      description: ({ places: [a] }) =>
        `Hausbesitzer:innen in ${a} begrünen Wände und Dächer; eine Pflanzenbörse und die Beratung des Gartenbauvereins helfen beim Start.`,
      nextSteps: () => 'Beratungstermine anbieten, Pflanzenbörse im Frühjahr, Förderprogramm der Gemeinde prüfen.',
    },
  ],
  economy: [
    {
      slug: 'regionalgeld',
      kind: 'idea',
      sdgs: [8, 11],
      partners: ['business'],
      title: ({ forRegion }) => `Regionalgeld ${forRegion}`,
      description: ({ places: [a, b] }) =>
        `Läden und Betriebe aus ${a} und ${b} prüfen ein regionales Gutscheinsystem, das Kaufkraft in der Gegend hält.`,
      nextSteps: () => 'Andere Regionalgeld-Initiativen befragen, Interesse bei Läden erheben.',
    },
    {
      slug: 'gruendungstreff',
      kind: 'project',
      sdgs: [8, 9],
      partners: ['business'],
      title: ({ places: [a] }) => `Gründungstreff in ${a}`,
      description: ({ fromRegion }) =>
        `Gründer:innen ${fromRegion} treffen sich monatlich mit erfahrenen Unternehmer:innen, die sie als Mentor:innen begleiten.`,
      nextSteps: () => 'Mentor:innen gewinnen, Raum bei einem Betrieb anfragen, erster Termin im Herbst.',
    },
    {
      slug: 'reparaturbonus',
      kind: 'action',
      sdgs: [8, 12],
      partners: ['municipality', 'business'],
      title: ({ inRegion }) => `Reparaturbonus ${inRegion}`,
      description: ({ places: [a, b] }) =>
        `Die Gemeinde erstattet die Hälfte der Kosten, wenn Haushalte Geräte bei Betrieben in ${a} oder ${b} reparieren lassen, statt sie neu zu kaufen.`,
      nextSteps: () => 'Antrag im Gemeinderat, teilnehmende Betriebe gewinnen, Antragsformular gestalten.',
    },
    {
      slug: 'coworking',
      kind: 'project',
      sdgs: [8, 11],
      partners: ['municipality', 'business'],
      title: ({ places: [a] }) => `Coworking-Raum in ${a}`,
      description: ({ places: [a] }) =>
        `Pendler:innen aus ${a} arbeiten zwei Tage in der Woche im neuen Coworking-Raum statt in der Stadt; der Raum belebt den Ortskern.`,
      nextSteps: () => 'Räume besichtigen, Interessierte sammeln, Probemonat anbieten.',
    },
    {
      slug: 'einkaufsgemeinschaft',
      kind: 'cooperation',
      sdgs: [8, 12],
      partners: ['business'],
      title: ({ inRegion }) => `Einkaufsgemeinschaft der Gastronomie ${inRegion}`,
      description: ({ places: [a, b] }) =>
        `Gasthäuser und Läden aus ${a} und ${b} bestellen gemeinsam bei Erzeuger:innen der Gegend und teilen sich die Lieferfahrten.`,
      nextSteps: () => 'Bestellmengen erheben, Liefertag festlegen, Probelauf über einen Monat.',
    },
    {
      slug: 'ausbildungsverbund',
      kind: 'cooperation',
      sdgs: [4, 8],
      partners: ['business', 'school'],
      title: ({ region }) => `Ausbildungsverbund Handwerk ${region}`,
      description: ({ places: [a, b, c] }) =>
        `Kleine Handwerksbetriebe aus ${a}, ${b} und ${c} bilden gemeinsam aus, damit auch Betriebe ohne eigene Ausbilder:innen Lehrstellen anbieten können.`,
      nextSteps: () => 'Betriebe gewinnen, mit der Kammer sprechen, Ausbildungsplan abstimmen.',
    },
    {
      slug: 'regionalmarke',
      kind: 'project',
      sdgs: [8, 12],
      partners: ['business', 'municipality'],
      title: ({ region }) => `Regionalmarke ${region}`,
      description: ({ fromRegion }) =>
        `Ein gemeinsames Zeichen für Produkte und Dienstleistungen ${fromRegion}, mit klaren Regeln zu Herkunft und fairer Arbeit.`,
      nextSteps: () => 'Kriterien mit Betrieben erarbeiten, Zeichen gestalten, erste zwanzig Betriebe prüfen.',
    },
    {
      slug: 'pop-up-laeden',
      kind: 'action',
      sdgs: [8, 11],
      partners: ['municipality', 'business'],
      title: ({ places: [a] }) => `Pop-up-Läden in leeren Schaufenstern von ${a}`,
      description: ({ places: [a] }) =>
        `Kunsthandwerker:innen, junge Unternehmen und Vereine nutzen leere Läden in ${a} für einige Wochen mietfrei; die Eigentümer:innen zeigen, dass ihr Laden lebt.`,
      nextSteps: () => 'Eigentümer:innen ansprechen, Mustervertrag für Zwischennutzung, erste Ausschreibung.',
    },
    {
      slug: 'nachfolgeboerse',
      kind: 'cooperation',
      sdgs: [8],
      partners: ['business'],
      title: ({ inRegion }) => `Nachfolgebörse für Betriebe ${inRegion}`,
      description: ({ places: [a, b] }) =>
        `Inhaber:innen, die in den nächsten Jahren aufhören, und Menschen, die einen Betrieb übernehmen wollen, finden in ${a} und ${b} zueinander; Kammer und Bank beraten.`,
      nextSteps: () => 'Betriebe mit offener Nachfolge erfassen, erstes Kennenlernen im Rathaus.',
    },
    {
      slug: 'gemeinwohl-runde',
      kind: 'idea',
      sdgs: [8, 12],
      partners: ['business'],
      title: ({ places: [a] }) => `Gemeinwohl-Runde für Betriebe in ${a}`,
      description: ({ places: [a, b] }) =>
        `Fünf Betriebe aus ${a} und ${b} erstellen gemeinsam eine Gemeinwohl-Bilanz und lernen voneinander, wie sie fairer und ökologischer wirtschaften.`,
      nextSteps: () => 'Betriebe gewinnen, Beraterin für die Begleitung finden, Auftakt im Januar.',
    },
  ],
  'social-cohesion': [
    {
      slug: 'initiativen-stammtisch',
      kind: 'cooperation',
      sdgs: [11, 17],
      partners: ['team', 'municipality'],
      title: ({ region }) => `Initiativen-Stammtisch ${region}`,
      description: ({ places: [a, b] }) =>
        `Die Initiativen aus ${a}, ${b} und Umgebung treffen sich alle drei Monate reihum bei einer von ihnen, lernen sich kennen und stimmen Termine ab.`,
      nextSteps: () => 'Termine für das erste Jahr festlegen, Einladungsliste aus den Anmeldungen erstellen.',
    },
    {
      slug: 'nachbarschaftshilfe',
      kind: 'project',
      sdgs: [3, 10, 11],
      partners: ['municipality'],
      title: ({ places: [a] }) => `Nachbarschaftshilfe ${a}`,
      description: ({ places: [a] }) =>
        `Ehrenamtliche begleiten ältere Menschen in ${a} zu Arztterminen und Ämtern, kaufen ein oder kommen einfach auf einen Kaffee vorbei.`,
      nextSteps: () => 'Koordinationstelefon einrichten, Versicherung klären, Ehrenamtliche schulen.',
    },
    {
      slug: 'begegnungscafe',
      kind: 'action',
      sdgs: [10, 16],
      partners: ['team'],
      title: ({ places: [a] }) => `Begegnungscafé im Gemeindehaus von ${a}`,
      description: ({ places: [a] }) =>
        `Einmal in der Woche öffnet ein Café, in dem Alteingesessene, Zugezogene und Geflüchtete aus ${a} ins Gespräch kommen; den Kuchen backen die Vereine reihum.`,
      nextSteps: () => 'Raum und Termin festlegen, Vereine für den Backplan gewinnen.',
    },
    {
      slug: 'ehrenamtsboerse',
      kind: 'project',
      sdgs: [11, 17],
      partners: ['municipality', 'team'],
      title: ({ region }) => `Ehrenamtsbörse ${region}`,
      description: ({ places: [a, b] }) =>
        `Eine Website und ein monatlicher Aushang zeigen, wo in ${a} und ${b} helfende Hände gebraucht werden, vom Sportverein bis zur Tafel.`,
      nextSteps: () => 'Gesuche der Vereine sammeln, Website aufsetzen, Aushang in Bäckereien.',
    },
    {
      slug: 'jugendforum',
      kind: 'idea',
      sdgs: [4, 16],
      partners: ['municipality', 'school'],
      title: ({ region }) => `Jugendforum ${region}`,
      description: ({ places: [a, b] }) =>
        `Jugendliche aus ${a} und ${b} bekommen ein eigenes Budget und entscheiden selbst, welche Projekte in ihren Orten umgesetzt werden.`,
      nextSteps: () => 'Budget im Gemeinderat beantragen, Schulen einbinden, erstes Forum im Sommer.',
    },
    {
      slug: 'erzaehlcafe',
      kind: 'action',
      sdgs: [4, 10],
      partners: ['school'],
      title: ({ places: [a] }) => `Erzählcafé: Wie sich ${a} verändert hat`,
      description: ({ places: [a] }) =>
        `Ältere erzählen Schüler:innen, wie das Leben in ${a} früher war; die Geschichten werden aufgenommen und im Rathaus ausgestellt.`,
      nextSteps: () => 'Erzähler:innen gewinnen, Aufnahmegerät leihen, Ausstellung im Frühjahr.',
    },
    {
      slug: 'landkarte-online',
      kind: 'project',
      sdgs: [11, 17],
      partners: ['team', 'school'],
      title: ({ region }) => `Initiativen-Landkarte ${region} online`,
      description: ({ places: [a, b] }) =>
        `Die auf der Konferenz gezeichnete Landkarte wird digitalisiert und zeigt, was in ${a}, ${b} und Umgebung schon läuft und wo Mitstreiter:innen gesucht werden.`,
      nextSteps: () => 'Einträge prüfen, Einverständnis der Initiativen einholen, Karte veröffentlichen.',
    },
    {
      slug: 'sprachpatenschaften',
      kind: 'cooperation',
      sdgs: [4, 10],
      partners: ['school', 'team'],
      title: ({ places: [a] }) => `Sprachpatenschaften in ${a}`,
      description: ({ places: [a] }) =>
        `Ehrenamtliche treffen sich wöchentlich mit Zugewanderten aus ${a}, üben Deutsch und erkunden gemeinsam den Alltag; Volkshochschule und Vereine unterstützen.`,
      nextSteps: () => 'Patenschaften vermitteln, Auftakttreffen in der Bücherei.',
    },
    {
      slug: 'tauschring',
      kind: 'action',
      sdgs: [10, 11],
      partners: ['team'],
      title: ({ region }) => `Tauschring ${region}`,
      description: ({ places: [a, b] }) =>
        `Nachbar:innen in ${a} und ${b} tauschen Zeit statt Geld: eine Stunde Gartenarbeit gegen eine Stunde Nachhilfe; ein einfaches Punktekonto behält die Übersicht.`,
      nextSteps: () => 'Regeln aufschreiben, Tauschbörse einrichten, Auftakt mit zwanzig Mitgliedern.',
    },
    {
      slug: 'buergerrat',
      kind: 'project',
      sdgs: [11, 16],
      partners: ['municipality'],
      title: ({ places: [a] }) => `Bürgerrat zur Zukunft von ${a}`,
      description: ({ places: [a] }) =>
        `Zufällig ausgeloste Bürger:innen aus ${a} beraten an vier Abenden über die Zukunft des Ortskerns und geben dem Gemeinderat ihre Empfehlungen.`,
      nextSteps: () => 'Beschluss im Gemeinderat, Losverfahren vorbereiten, Moderation beauftragen.',
    },
  ],
};
