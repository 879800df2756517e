import type { ActionContent } from './action-content';

/**
 * The write-up of an action a region brought into the pool directly, not out of a conference; where it came from and
 * who adopted it is the demo network's (demoActions).
 */
export interface PoolAction extends ActionContent {
  /** Seed key; the id is actionId(key). */
  key: string;
  title: string;
  description: string;
  fieldsOfAction: string[];
  sdgs: number[];
}

export const poolActions: PoolAction[] = [
  {
    key: 'ernaehrungsrat',
    title: 'Ernährungsrat für die Region gründen',
    summary:
      'Ein Ernährungsrat bringt Erzeuger:innen, Handel, Gastronomie, Verwaltung und Bürger:innen zusammen, um die Ernährung der Region gemeinsam zu gestalten.',
    description:
      'Der Ernährungsrat ist ein offenes Gremium, das ernährungspolitische Empfehlungen erarbeitet und konkrete Projekte anstößt: vom Wochenmarkt über die Gemeinschaftsverpflegung in Kitas und Schulen bis zu Flächen für Junglandwirt:innen. Arbeitsgruppen treffen sich monatlich, einmal im Jahr lädt der Rat zu einem öffentlichen Forum ein. Die Stadt benennt eine Ansprechperson in der Verwaltung, damit Empfehlungen nicht in der Schublade landen.',
    impact:
      'Ernährung wird zum Thema der Kommunalpolitik. Der Freiburger Ernährungsrat hat eine Ernährungsstrategie des Gemeinderats angestoßen und 25 Betriebe und Initiativen miteinander vernetzt.',
    effort: { level: 'medium', durationWeeks: 36 },
    cost: { minEur: 500, maxEur: 5000 },
    steps: [
      {
        title: 'Mitstreiter:innen aus allen Sektoren finden',
        description:
          'Sprechen Sie Landwirtschaft, Handel, Gastronomie, Verwaltung und Initiativen an; ein Kreis von zwölf Menschen reicht für den Start.',
      },
      {
        title: 'Auftaktforum veranstalten',
        description:
          'Laden Sie öffentlich zu einem Forum ein, sammeln Sie Themen und bilden Sie Arbeitsgruppen zu den drei wichtigsten.',
      },
      {
        title: 'Geschäftsordnung und Form klären',
        description:
          'Legen Sie fest, wie der Rat entscheidet, wer Mitglied sein kann und ob ein Verein als Träger dient.',
      },
      {
        title: 'Verbindung zur Kommunalpolitik herstellen',
        description:
          'Vereinbaren Sie mit Gemeinderat oder Kreistag, wie Empfehlungen des Rates eingebracht und beantwortet werden.',
      },
    ],
    targetGroups: ['Landwirtschaftliche Betriebe', 'Gastronomie', 'Kommunalpolitik', 'Bürger:innen'],
    imageCredit: 'Foto: Ernährungsrat Freiburg und Region',
    fieldsOfAction: ['agriculture-food', 'social-cohesion'],
    sdgs: [2, 12, 17],
    createdOn: '2023-05-02',
  },
  {
    key: 'leihladen',
    title: 'Leihladen: Dinge leihen statt kaufen',
    summary:
      'Bohrmaschine, Zelt oder Nähmaschine: Ein Leihladen im Grätzl verleiht Alltagsgegenstände, die man nur selten braucht.',
    description:
      'Nachbar:innen spenden Gegenstände, die sie selten nutzen, und leihen sich gegen einen kleinen Jahresbeitrag aus, was sie brauchen. Ein Ladenlokal mit Regalen und einer einfachen Inventarsoftware genügt; Ehrenamtliche betreuen die Öffnungszeiten an drei Nachmittagen pro Woche. Kooperationen mit Bibliothek und Repair-Café erweitern das Angebot.',
    impact:
      'Jeder geteilte Gegenstand ersetzt mehrere Neukäufe. Der Leihladen in Ottakring hat nach einem Jahr 600 Dinge im Bestand und 350 Mitglieder, und er ist zum Treffpunkt der Nachbarschaft geworden.',
    effort: { level: 'medium', durationWeeks: 20 },
    cost: { minEur: 2000, maxEur: 10000 },
    steps: [
      {
        title: 'Ladenlokal finden',
        description:
          'Suchen Sie ein kleines Geschäftslokal, etwa über die Leerstandsbörse oder eine Zwischennutzung, gut erreichbar im Erdgeschoss.',
      },
      {
        title: 'Dinge sammeln',
        description:
          'Rufen Sie zu einer Sammelaktion auf und prüfen Sie gespendete Geräte auf Sicherheit und Vollständigkeit.',
      },
      {
        title: 'Ausleihe organisieren',
        description:
          'Richten Sie Inventar, Mitgliedsausweise und Ausleihregeln ein und erstellen Sie einen Dienstplan für die Öffnungszeiten.',
      },
      {
        title: 'Eröffnen und vernetzen',
        description:
          'Eröffnen Sie mit einem Nachbarschaftsfest und verbinden Sie den Laden mit Bibliothek und Repair-Café.',
      },
    ],
    targetGroups: ['Nachbarschaft', 'Ehrenamtliche', 'Familien'],
    imageCredit: 'Foto: Leihladen Ottakring',
    fieldsOfAction: ['economy', 'social-cohesion'],
    sdgs: [11, 12],
    createdOn: '2024-01-29',
  },
  {
    key: 'energiesparberatung',
    title: 'Energiesparberatung von Nachbar:innen für Nachbar:innen',
    summary:
      'Geschulte Ehrenamtliche besuchen Haushalte, messen Stromfresser und zeigen, wie sich Energiekosten ohne Komfortverlust senken lassen.',
    description:
      'Die Berater:innen absolvieren eine kurze Schulung bei der Verbraucherzentrale oder dem Klimaschutzmanagement. Bei einem einstündigen Hausbesuch messen sie den Verbrauch von Kühlschrank, Heizungspumpe und Standby-Geräten und bringen Soforthilfen wie LED-Lampen und abschaltbare Steckdosenleisten mit. Haushalte mit wenig Einkommen werden gezielt über Sozialberatung und Tafeln angesprochen.',
    impact:
      'Ein Haushalt spart nach einem Besuch im Schnitt 150 bis 250 Euro Energiekosten im Jahr und rund 300 Kilogramm CO₂. Gleichzeitig entstehen Kontakte, die Einsamkeit und Energiearmut sichtbar machen.',
    effort: { level: 'low', durationWeeks: 12 },
    cost: { minEur: 500, maxEur: 3000 },
    steps: [
      {
        title: 'Partner:innen gewinnen',
        description:
          'Gewinnen Sie Klimaschutzmanagement, Verbraucherzentrale und Sozialberatung als Partner:innen für Schulung und Ansprache.',
      },
      {
        title: 'Ehrenamtliche schulen',
        description: 'Schulen Sie zehn Ehrenamtliche an zwei Abenden in Messung, Beratung und Gesprächsführung.',
      },
      {
        title: 'Soforthilfe-Paket packen',
        description:
          'Stellen Sie mit Fördergeld ein Paket aus LED-Lampen, Steckdosenleisten und Duschsparköpfen zusammen.',
      },
      {
        title: 'Hausbesuche anbieten',
        description:
          'Bieten Sie Termine über Tafeln, Gemeindebrief und Mieter:innenvereine an und werten Sie die Einsparungen aus.',
      },
    ],
    targetGroups: ['Haushalte mit wenig Einkommen', 'Ehrenamtliche', 'Klimaschutzmanagement'],
    imageCredit: null,
    fieldsOfAction: ['energy', 'social-cohesion'],
    sdgs: [1, 7, 13],
    createdOn: '2023-12-04',
  },
  {
    key: 'nahwaerme',
    title: 'Nahwärmenetz in Bürgerhand',
    summary:
      'Ein Dorf heizt gemeinsam: Eine Genossenschaft baut ein Nahwärmenetz, gespeist aus Hackschnitzeln der Region und Solarthermie.',
    description:
      'Die Genossenschaft errichtet eine Heizzentrale und verlegt Leitungen zu den Häusern, die sich anschließen wollen. Das Holz stammt aus der Waldpflege der umliegenden Betriebe, im Sommer deckt ein Solarthermiefeld den Bedarf. Eine Machbarkeitsstudie klärt zu Beginn, wie viele Anschlüsse das Netz wirtschaftlich machen.',
    impact:
      'Ölheizungen werden im ganzen Ortsteil auf einen Schlag ersetzt; ein Netz mit 80 Anschlüssen spart rund 600 Tonnen CO₂ im Jahr. Das Geld für Wärme bleibt bei den Forstbetrieben der Region statt bei Ölkonzernen.',
    effort: { level: 'high', durationWeeks: 104 },
    cost: { minEur: 20000, maxEur: 250000 },
    steps: [
      {
        title: 'Interesse im Ort erheben',
        description:
          'Fragen Sie alle Haushalte nach Heizung, Verbrauch und Bereitschaft zum Anschluss; ohne genügend Zusagen rechnet sich kein Netz.',
      },
      {
        title: 'Machbarkeitsstudie beauftragen',
        description:
          'Lassen Sie Trassen, Heizzentrale, Brennstoffbedarf und Wärmepreis von einem Fachbüro berechnen; nutzen Sie Förderprogramme.',
      },
      {
        title: 'Genossenschaft gründen',
        description:
          'Gründen Sie die Wärmegenossenschaft mit den künftigen Kund:innen und den Forstbetrieben als Mitgliedern.',
      },
      {
        title: 'Bauen und anschließen',
        description:
          'Schreiben Sie Heizzentrale und Leitungsbau aus, koordinieren Sie die Bauarbeiten mit Straßensanierungen und schließen Sie die Häuser an.',
      },
    ],
    targetGroups: ['Hausbesitzer:innen', 'Forstbetriebe', 'Gemeinden'],
    imageCredit: 'Foto: Nahwärme Vulkanland eGen',
    fieldsOfAction: ['energy', 'building-housing'],
    sdgs: [7, 11, 13],
    createdOn: '2022-03-21',
  },
  {
    key: 'wohnen-fuer-hilfe',
    title: 'Wohnen für Hilfe: Wohnpartnerschaften zwischen Generationen',
    summary: 'Ältere Menschen mit freiem Zimmer bieten Studierenden Wohnraum an; statt Miete gibt es Hilfe im Alltag.',
    description:
      'Die Faustregel lautet eine Stunde Hilfe pro Monat und Quadratmeter Wohnfläche: Einkaufen, Gartenarbeit, Gesellschaft, keine Pflege. Eine Vermittlungsstelle führt Gespräche mit beiden Seiten, schlägt passende Paare vor und begleitet die Partnerschaft mit einem Vertrag und regelmäßigen Nachfragen.',
    impact:
      'Leerstehende Zimmer werden genutzt, ohne neu zu bauen; Studierende finden bezahlbaren Wohnraum, ältere Menschen bleiben länger selbstständig in ihrer Wohnung und sind weniger allein.',
    effort: { level: 'medium', durationWeeks: 24 },
    cost: { minEur: 1000, maxEur: 6000 },
    steps: [
      {
        title: 'Träger finden',
        description:
          'Gewinnen Sie eine Hochschule, ein Studierendenwerk oder einen Seniorenverband als Träger der Vermittlungsstelle.',
      },
      {
        title: 'Musterverträge erstellen',
        description: 'Erstellen Sie Wohnpartnerschaftsverträge, die Zimmer, Hilfeumfang und Kündigung klar regeln.',
      },
      {
        title: 'Angebote und Gesuche sammeln',
        description:
          'Werben Sie über Seniorentreffs, Pfarreien und Hochschulen und führen Sie Erstgespräche mit beiden Seiten.',
      },
      {
        title: 'Partnerschaften begleiten',
        description: 'Vermitteln Sie die ersten Paare und fragen Sie nach vier Wochen und nach einem halben Jahr nach.',
      },
    ],
    targetGroups: ['Senior:innen', 'Studierende', 'Hochschulen'],
    imageCredit: null,
    fieldsOfAction: ['building-housing', 'social-cohesion'],
    sdgs: [10, 11],
    createdOn: '2023-09-11',
  },
  {
    key: 'gemeinwohl-bilanz',
    title: 'Gemeinwohl-Bilanz für kleine und mittlere Betriebe',
    summary:
      'Betriebe der Region erstellen in einer Peer-Gruppe ihre Gemeinwohl-Bilanz und machen ihren Beitrag zu Klima und Gesellschaft sichtbar.',
    description:
      'Fünf bis acht Betriebe arbeiten ein halbes Jahr lang gemeinsam mit einer Beraterin die Gemeinwohl-Matrix durch: Wie fair sind Lieferketten, wie ökologisch ist die Produktion, wie werden Mitarbeitende beteiligt? Die Betriebe bewerten sich gegenseitig, ein externes Audit schließt die Bilanz ab. Die Gemeinde kann Gemeinwohl-Betriebe bei der Vergabe berücksichtigen.',
    impact:
      'Betriebe entdecken konkrete Verbesserungen, etwa beim Einkauf oder beim Energieverbrauch, und gewinnen Fachkräfte, die sinnvolle Arbeit suchen. In Meran haben sieben Betriebe ihre erste Bilanz veröffentlicht.',
    effort: { level: 'medium', durationWeeks: 26 },
    cost: { minEur: 1500, maxEur: 6000 },
    steps: [
      {
        title: 'Betriebe gewinnen',
        description:
          'Stellen Sie die Gemeinwohl-Bilanz bei Wirtschaftsverbänden und Stammtischen vor und finden Sie fünf bis acht Betriebe.',
      },
      {
        title: 'Peer-Gruppe begleiten lassen',
        description:
          'Beauftragen Sie eine zertifizierte Beraterin, die die Gruppe in sechs Workshops durch die Matrix führt.',
      },
      {
        title: 'Audit und Veröffentlichung',
        description: 'Lassen Sie die Bilanzen extern prüfen und stellen Sie die Ergebnisse öffentlich vor.',
      },
    ],
    targetGroups: ['Kleine und mittlere Betriebe', 'Wirtschaftsverbände', 'Gemeinden'],
    imageCredit: 'Foto: Mitmach-Region Meran',
    fieldsOfAction: ['economy'],
    sdgs: [8, 12, 17],
    createdOn: '2024-04-15',
  },
  {
    key: 'schulstrasse',
    title: 'Kinder zu Fuß zur Schule: Schulstraßen und Laufbusse',
    summary:
      'Vor Schulbeginn wird die Straße vor der Schule für Autos gesperrt, und Kinder gehen in begleiteten Laufbussen gemeinsam zur Schule.',
    description:
      'Eine Schulstraße ist morgens für eine halbe Stunde für den Autoverkehr gesperrt; Eltern und Ehrenamtliche stellen Absperrgitter auf. Laufbusse folgen festen Linien mit Haltestellen, an denen Kinder dazustoßen. Die Stadt ordnet die Sperrung zunächst als Verkehrsversuch an.',
    impact:
      'Weniger Elterntaxis bedeuten sicherere Schulwege, bessere Luft und selbstständigere Kinder. An der Pilotschule in Ehrenfeld sank der Autoverkehr vor Schulbeginn um zwei Drittel.',
    effort: { level: 'low', durationWeeks: 10 },
    cost: { minEur: 300, maxEur: 2500 },
    steps: [
      {
        title: 'Schule und Eltern gewinnen',
        description:
          'Stellen Sie die Idee in Schulkonferenz und Elternabend vor und erheben Sie, wie die Kinder heute zur Schule kommen.',
      },
      {
        title: 'Verkehrsversuch beantragen',
        description:
          'Beantragen Sie bei der Straßenverkehrsbehörde die zeitweise Sperrung als Verkehrsversuch für ein Schuljahr.',
      },
      {
        title: 'Laufbuslinien planen',
        description:
          'Zeichnen Sie Linien mit Haltestellen und Abfahrtszeiten und finden Sie pro Linie zwei begleitende Erwachsene.',
      },
      {
        title: 'Starten und auswerten',
        description:
          'Starten Sie nach den Herbstferien, zählen Sie Autos und Kinder zu Fuß und berichten Sie der Stadt.',
      },
    ],
    targetGroups: ['Schulen', 'Eltern', 'Straßenverkehrsbehörden'],
    imageCredit: 'Foto: Mitmach-Region Köln-Ehrenfeld',
    fieldsOfAction: ['mobility', 'social-cohesion'],
    sdgs: [3, 11, 13],
    createdOn: '2024-08-05',
  },
  {
    key: 'saatgutbibliothek',
    title: 'Saatgutbibliothek für alte Sorten',
    summary:
      'In der Gemeindebibliothek leihen sich Gärtner:innen Samen alter Gemüsesorten aus und bringen nach der Ernte neues Saatgut zurück.',
    description:
      'Die Saatgutbibliothek sammelt samenfeste Sorten aus Hausgärten und von Erhaltungsinitiativen, verpackt sie in Tütchen mit Anbauhinweisen und stellt sie in einem Karteischrank bereit. Workshops zeigen, wie man Samen gewinnt und sortenrein hält. So wächst der Bestand mit jeder Saison.',
    impact:
      'Alte, an das Klima der Region angepasste Sorten werden erhalten und verbreitet. Gärtner:innen werden unabhängiger von Hybridsaatgut, und die Bibliothek wird zum Treffpunkt für alle, die gärtnern.',
    effort: { level: 'low', durationWeeks: 8 },
    cost: { minEur: 200, maxEur: 1200 },
    steps: [
      {
        title: 'Bibliothek als Partnerin gewinnen',
        description:
          'Sprechen Sie die Gemeindebibliothek an; ein Karteischrank und ein Regalmeter genügen für den Start.',
      },
      {
        title: 'Grundbestand sammeln',
        description:
          'Sammeln Sie Saatgut bei Hausgärtner:innen und Erhaltungsinitiativen und verpacken Sie es mit Sortenbeschreibung.',
      },
      {
        title: 'Saatgutworkshop anbieten',
        description: 'Zeigen Sie in einem Workshop, wie man Samen gewinnt, trocknet und sortenrein hält.',
      },
    ],
    targetGroups: ['Hobbygärtner:innen', 'Bibliotheken', 'Schulen'],
    imageCredit: null,
    fieldsOfAction: ['agriculture-food'],
    sdgs: [2, 15],
    createdOn: '2025-01-20',
  },
];
