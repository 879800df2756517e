import type { ActionContent } from './action-content';

/** The pool's write-up of an action that came out of a conference outcome, keyed by the outcome's action key. */
export interface OutcomeActionContent extends ActionContent {
  /** Appended to the outcome's description: how the action works in practice. */
  details: string;
}

export const outcomeActionContent: Record<string, OutcomeActionContent> = {
  gemeinschaftsverpflegung: {
    summary:
      'Betriebskantinen, Schulmensen und Klinikküchen stellen Schritt für Schritt auf regionale Bio-Lebensmittel um – mit festen Abnahmemengen für die Höfe der Region.',
    details:
      'Statt eines Komplettumstiegs beginnen die Küchen mit einzelnen Komponenten wie Kartoffeln, Milchprodukten oder Gemüse der Saison. Ein Runder Tisch bringt Küchenleitungen, Erzeugergemeinschaften, Verarbeitung und die Kommune als Trägerin vieler Einrichtungen zusammen; wo es einen Ernährungsrat gibt, übernimmt er die Moderation. Rahmenverträge geben den Betrieben Planungssicherheit, die Küchenteams lernen saisonale Speiseplanung und Resteverwertung.',
    impact:
      'Jede umgestellte Küche sichert regionalen Höfen planbare Absatzmengen, verkürzt Transportwege und senkt mit saisonalen Menüs und weniger Fleisch die Emissionen pro Mahlzeit. Die Pilotküchen am Bodensee erreichten nach zwei Jahren 40 Prozent Bio-Anteil bei kaum gestiegenen Kosten pro Essen.',
    effort: { level: 'high', durationWeeks: 52 },
    cost: { minEur: 2000, maxEur: 15000 },
    steps: [
      {
        title: 'Küchen und Höfe an einen Tisch holen',
        description:
          'Laden Sie Küchenleitungen, Erzeugergemeinschaften, Verarbeitungsbetriebe und die Kommune zu einem Runden Tisch ein und erheben Sie, welche Mengen die Küchen pro Woche brauchen.',
      },
      {
        title: 'Einstiegskomponenten auswählen',
        description:
          'Wählen Sie zwei bis drei Produkte, die regional in Bio-Qualität verfügbar sind, etwa Kartoffeln, Äpfel oder Milch, und stellen Sie diese zuerst um.',
      },
      {
        title: 'Pilotwoche durchführen',
        description:
          'Testen Sie in einer Pilotwoche Rezepte, Lieferlogistik und Akzeptanz bei den Gästen; dokumentieren Sie Mehrkosten und Abfallmengen.',
      },
      {
        title: 'Rahmenverträge abschließen',
        description:
          'Vereinbaren Sie Mengen, Preise und Lieferrhythmen für ein Jahr, damit die Höfe ihren Anbau darauf ausrichten können.',
      },
      {
        title: 'Küchenteams schulen und Herkunft zeigen',
        description:
          'Bieten Sie Schulungen zu saisonaler Speiseplanung an und machen Sie die Herkunft der Zutaten auf Speiseplänen und Aushängen sichtbar.',
      },
    ],
    targetGroups: ['Küchenleitungen', 'Schulträger', 'Landwirtschaftliche Betriebe', 'Kommunen'],
    imageCredit: 'Foto: Mitmach-Region Bodensee-Oberschwaben',
    createdOn: '2018-03-20',
  },
  'repair-cafe': {
    summary:
      'Einmal im Monat reparieren Ehrenamtliche zusammen mit Besucher:innen, was sonst im Müll landen würde – in jeder Gemeinde der Region.',
    details:
      'Ein Repair-Café braucht einen Raum mit Tischen und Steckdosen, eine Handvoll Tüftler:innen und Kaffee. Die Besucher:innen reparieren selbst mit, so wandert Wissen von Haus zu Haus. Eine Haftungsausschlusserklärung und ein einfaches Laufzettel-System sorgen für Ordnung; Spenden decken Ersatzteile.',
    impact:
      'Ein Repair-Café rettet im Schnitt 20 bis 40 Geräte pro Termin vor dem Wegwerfen, spart Ressourcen und Geld und bringt Menschen ins Gespräch, die sich sonst nicht begegnen. In Chiemgau entstanden in zwei Jahren neun Standorte.',
    effort: { level: 'low', durationWeeks: 12 },
    cost: { minEur: 300, maxEur: 1500 },
    steps: [
      {
        title: 'Raum und Termin finden',
        description:
          'Fragen Sie Pfarrsaal, Schule oder Bürgerhaus nach einem festen Termin im Monat, gut erreichbar und mit genügend Steckdosen.',
      },
      {
        title: 'Reparateur:innen gewinnen',
        description:
          'Sprechen Sie Elektriker:innen im Ruhestand, Fahrradschrauber:innen und Schneider:innen an; fünf Leute reichen für den Anfang.',
      },
      {
        title: 'Werkzeug und Material sammeln',
        description:
          'Sammeln Sie Werkzeugspenden und legen Sie eine kleine Kasse für Ersatzteile an; lokale Handwerksbetriebe helfen oft mit Material.',
      },
      {
        title: 'Erstes Repair-Café eröffnen und bekannt machen',
        description:
          'Kündigen Sie den ersten Termin in Gemeindeblatt und Schaukasten an und zählen Sie reparierte Geräte, um Erfolge zeigen zu können.',
      },
    ],
    targetGroups: ['Ehrenamtliche', 'Handwerksbetriebe', 'Gemeinden', 'Senior:innen'],
    imageCredit: 'Foto: Repair-Café Traunstein',
    createdOn: '2019-02-18',
  },
  buergerbus: {
    summary:
      'Ehrenamtliche Fahrer:innen verbinden mit einem Kleinbus Dörfer ohne Taktverkehr mit Bahnhof, Ärztehaus und Nahversorgung.',
    details:
      'Der Bürgerbus fährt nach festem Fahrplan, meist an drei bis fünf Tagen pro Woche. Ein Verein stellt die Fahrer:innen, die Gemeinde oder der Landkreis trägt Fahrzeug und Versicherung, der Verkehrsverbund genehmigt die Linie und erkennt die Tickets an. Wichtig sind kurze Schichten und ein Dienstplan, der Fahrer:innen nicht überfordert.',
    impact:
      'Ältere Menschen und Jugendliche bleiben ohne eigenes Auto mobil, Zweitwagen werden überflüssig. Der Lindauer Bürgerbus befördert rund 6.000 Fahrgäste im Jahr und ersetzt nach Schätzung des Vereins 40.000 Autokilometer.',
    effort: { level: 'high', durationWeeks: 40 },
    cost: { minEur: 30000, maxEur: 90000 },
    steps: [
      {
        title: 'Bedarf erheben',
        description:
          'Befragen Sie Bewohner:innen der Dörfer, wohin sie wann fahren müssen, und zeichnen Sie die Lücken im bestehenden Fahrplan auf.',
      },
      {
        title: 'Bürgerbusverein gründen',
        description:
          'Gründen Sie einen Verein mit mindestens 15 Fahrer:innen, damit Schichten kurz bleiben; klären Sie Führerscheinklassen und Gesundheitschecks.',
      },
      {
        title: 'Mit Verkehrsverbund und Gemeinde verhandeln',
        description:
          'Stimmen Sie Linie, Haltestellen und Tarif mit dem Verkehrsverbund ab und vereinbaren Sie mit Gemeinde oder Landkreis die Finanzierung von Fahrzeug und Versicherung.',
      },
      {
        title: 'Fahrzeug beschaffen',
        description:
          'Leasen oder kaufen Sie einen Kleinbus mit acht Sitzplätzen, möglichst elektrisch und mit Einstiegshilfe.',
      },
      {
        title: 'Probebetrieb starten',
        description:
          'Fahren Sie ein halbes Jahr zur Probe, zählen Sie Fahrgäste und passen Sie den Fahrplan an, bevor der Regelbetrieb beginnt.',
      },
    ],
    targetGroups: ['Senior:innen', 'Jugendliche', 'Gemeinden', 'Verkehrsverbünde'],
    imageCredit: 'Foto: Bürgerbus Lindau e.V.',
    createdOn: '2020-04-27',
  },
  leerstandsboerse: {
    summary: 'Stadt, Vereine und Eigentümer:innen bringen gemeinsam leerstehende Häuser und Läden wieder in Nutzung.',
    details:
      'Grundlage ist ein Leerstandskataster, das die Stadt mit Hilfe der Nachbarschaft erstellt. Eine Börse im Netz und ein monatlicher Sprechtag bringen Eigentümer:innen mit Wohnprojekten, Gründer:innen und Initiativen zusammen. Zwischennutzungsverträge senken die Hürde für Eigentümer:innen, die sich noch nicht festlegen wollen.',
    impact:
      'Belebte Ortskerne statt Neubau auf der grünen Wiese: jede wiedergenutzte Fläche spart Boden und graue Energie. In Aalen fanden in zwei Jahren 23 Objekte neue Nutzer:innen, darunter ein Unverpacktladen und zwei Wohngemeinschaften.',
    effort: { level: 'medium', durationWeeks: 26 },
    cost: { minEur: 1500, maxEur: 8000 },
    steps: [
      {
        title: 'Leerstandskataster erfassen',
        description:
          'Erfassen Sie leerstehende Gebäude und Läden gemeinsam mit Stadtverwaltung und Nachbarschaft, mit Fotos, Größe und Zustand.',
      },
      {
        title: 'Eigentümer:innen ansprechen',
        description:
          'Schreiben Sie die Eigentümer:innen persönlich an und laden Sie zu einem Informationsabend über Zwischennutzung und Förderung ein.',
      },
      {
        title: 'Börse aufbauen',
        description:
          'Veröffentlichen Sie die freigegebenen Objekte auf einer einfachen Webseite und richten Sie einen monatlichen Sprechtag im Rathaus ein.',
      },
      {
        title: 'Zwischennutzungen begleiten',
        description:
          'Stellen Sie Musterverträge für Zwischennutzung bereit und begleiten Sie die ersten Nutzungen, damit gute Beispiele entstehen.',
      },
    ],
    targetGroups: ['Eigentümer:innen', 'Gründer:innen', 'Wohnprojekte', 'Stadtverwaltungen'],
    imageCredit: null,
    createdOn: '2021-09-14',
  },
  solawi: {
    summary:
      'Haushalte tragen gemeinsam die Jahreskosten eines Hofes und teilen sich die Ernte – vom ersten Infoabend bis zur Gründung.',
    details:
      'In einer Bieterrunde gibt jedes Mitglied an, was es monatlich beitragen kann, bis der Jahreshaushalt des Hofes gedeckt ist. Die Ernte wird wöchentlich an Depots verteilt, die Mitglieder helfen an Aktionstagen auf dem Acker. Ein Verein oder eine Genossenschaft bildet den rechtlichen Rahmen.',
    impact:
      'Der Hof wirtschaftet unabhängig von Marktpreisen und kann vielfältig und bodenschonend anbauen; die Mitglieder wissen, woher ihr Gemüse kommt, und verschwenden weniger. Die Solawi im Odenwald versorgt heute 180 Haushalte.',
    effort: { level: 'medium', durationWeeks: 30 },
    cost: { minEur: 500, maxEur: 3000 },
    steps: [
      {
        title: 'Hof finden',
        description:
          'Suchen Sie einen Betrieb, der offen für das Modell ist, und rechnen Sie mit ihm die tatsächlichen Jahreskosten durch.',
      },
      {
        title: 'Infoabend veranstalten',
        description:
          'Stellen Sie das Modell öffentlich vor, am besten mit Gästen einer bestehenden Solawi, und sammeln Sie Interessierte.',
      },
      {
        title: 'Bieterrunde vorbereiten und durchführen',
        description:
          'Legen Sie den Richtwert pro Ernteanteil fest und führen Sie die Bieterrunde durch, bis der Haushalt gedeckt ist.',
      },
      {
        title: 'Depots und Verteilung organisieren',
        description:
          'Richten Sie Abholstellen in Läden, Gemeindehäusern oder Garagen ein und legen Sie einen Verteilplan fest.',
      },
      {
        title: 'Rechtsform wählen und gründen',
        description:
          'Gründen Sie einen Verein oder eine Genossenschaft und schließen Sie die Vereinbarung mit dem Hof.',
      },
    ],
    targetGroups: ['Landwirtschaftliche Betriebe', 'Familien', 'Verbraucher:innen'],
    imageCredit: 'Foto: Solawi Odenwald',
    createdOn: '2022-07-11',
  },
  energiegenossenschaft: {
    summary:
      'Eine Bürgerenergiegenossenschaft pachtet Dächer von Schulen, Turnhallen und Betrieben und baut darauf Photovoltaik.',
    details:
      'Die Genossenschaft schließt mit den Eigentümer:innen Pachtverträge über 20 Jahre, finanziert die Anlagen aus Anteilen der Mitglieder und einem Bankkredit und verkauft den Strom bevorzugt direkt an die Nutzer:innen der Gebäude. Schulen nutzen die Anlagen zugleich im Unterricht.',
    impact:
      'Jede 100-kWp-Anlage erzeugt rund 95.000 Kilowattstunden Strom im Jahr und vermeidet etwa 40 Tonnen CO₂. Die Wertschöpfung bleibt in der Region, und Bürger:innen werden vom Publikum zu Mitgestalter:innen der Energiewende.',
    effort: { level: 'high', durationWeeks: 52 },
    cost: { minEur: 5000, maxEur: 25000 },
    steps: [
      {
        title: 'Gründungsteam bilden',
        description:
          'Finden Sie sieben bis zehn Menschen mit Erfahrung in Technik, Finanzen und Recht; holen Sie sich Rat beim Genossenschaftsverband.',
      },
      {
        title: 'Dachflächen prüfen',
        description:
          'Prüfen Sie mit dem Klimaschutzmanagement Statik, Ausrichtung und Verschattung geeigneter Dächer von Schulen und Betrieben.',
      },
      {
        title: 'Gründungsversammlung abhalten',
        description:
          'Beschließen Sie Satzung und Geschäftsplan und lassen Sie die Genossenschaft prüfen und eintragen.',
      },
      {
        title: 'Anteile zeichnen lassen',
        description:
          'Werben Sie Mitglieder mit kleinen Anteilen ab 100 Euro, damit möglichst viele Menschen aus der Region mitmachen können.',
      },
      {
        title: 'Erste Anlage bauen',
        description:
          'Schreiben Sie die erste Anlage aus, schließen Sie den Pachtvertrag und feiern Sie die Inbetriebnahme öffentlich.',
      },
    ],
    targetGroups: ['Bürger:innen', 'Schulen', 'Klimaschutzmanagement', 'Betriebe'],
    imageCredit: 'Foto: BürgerEnergie Saale-Holzland eG',
    createdOn: '2022-10-24',
  },
  schulgarten: {
    summary: 'Schulen öffnen Teile ihrer Höfe für Beete, die Klassen und Nachbarschaft gemeinsam bewirtschaften.',
    details:
      'Hochbeete aus unbehandeltem Holz lassen sich auch auf versiegelten Flächen aufstellen. Jede Klasse betreut ein Beet, in den Ferien übernehmen Nachbar:innen das Gießen. Die Ernte geht in die Schulküche oder wird beim Schulfest verkocht; ein Regenwassertank sorgt für die Bewässerung.',
    impact:
      'Kinder lernen, wo Essen herkommt, und essen mehr Gemüse; entsiegelte und begrünte Flächen kühlen den Schulhof im Sommer. Die Hamburger Pilotschule erntet über 300 Kilogramm Gemüse im Jahr.',
    effort: { level: 'low', durationWeeks: 16 },
    cost: { minEur: 800, maxEur: 4000 },
    steps: [
      {
        title: 'Pilotschule gewinnen',
        description:
          'Sprechen Sie Schulleitung, Hausmeister:in und Elternrat an und finden Sie eine sonnige Fläche auf dem Schulhof.',
      },
      {
        title: 'Hochbeete bauen',
        description:
          'Bauen Sie mit Klassen und Nachbar:innen an einem Aktionstag Hochbeete und befüllen Sie sie mit Kompost aus der Region.',
      },
      {
        title: 'Pflege über das Jahr organisieren',
        description:
          'Legen Sie einen Gießplan fest, der auch die Ferien abdeckt, und verbinden Sie das Gärtnern mit dem Sachunterricht.',
      },
    ],
    targetGroups: ['Schulen', 'Schüler:innen', 'Nachbarschaft'],
    imageCredit: 'Foto: Mitmach-Region Hamburg',
    createdOn: '2023-07-03',
  },
  lebensmittelretten: {
    summary:
      'Supermärkte, Bauernmärkte und Sozialmärkte vereinbaren feste Abholzeiten, damit Überschüsse bei Menschen ankommen statt im Container.',
    details:
      'Ein gemeinsamer Kalender legt fest, wer wann welche Überschüsse abholt. Sozialmärkte und Tafeln haben Vorrang, was übrig bleibt, geht an Foodsharing-Verteilstellen. Eine Rahmenvereinbarung klärt Haftung und Hygiene.',
    impact:
      'In Graz werden so jede Woche rund zwei Tonnen Lebensmittel weitergegeben. Weniger Verschwendung spart Emissionen aus Anbau und Transport und entlastet Haushalte mit wenig Geld.',
    effort: { level: 'medium', durationWeeks: 20 },
    cost: { minEur: 200, maxEur: 2000 },
    steps: [
      {
        title: 'Partner:innen zusammenbringen',
        description:
          'Laden Sie Marktleitungen, Tafeln, Sozialmärkte und Foodsharing-Gruppen zu einem gemeinsamen Treffen ein.',
      },
      {
        title: 'Rahmenvereinbarung schließen',
        description:
          'Vereinbaren Sie Haftung, Hygieneregeln und die Rangfolge der Abholenden in einem kurzen gemeinsamen Papier.',
      },
      {
        title: 'Abholkalender starten',
        description:
          'Richten Sie einen geteilten Kalender ein und werten Sie nach drei Monaten die geretteten Mengen aus.',
      },
    ],
    targetGroups: ['Lebensmittelhandel', 'Tafeln und Sozialmärkte', 'Foodsharing-Gruppen'],
    imageCredit: null,
    createdOn: '2023-02-10',
  },
  lastenrad: {
    summary: 'Lastenräder stehen bei Läden und Vereinen kostenlos zum Ausleihen bereit; gebucht wird online.',
    details:
      'Die Räder gehören einem Verein, Partnerbetriebe übernehmen Schlüsselübergabe und kleine Pflege. Ein Buchungssystem aus der freien Software commons-booking macht die Ausleihe einfach; Spenden und Sponsoring decken Wartung und Versicherung.',
    impact:
      'Einkäufe, Kindertransporte und kleine Umzüge gelingen ohne Auto. Die freien Lastenräder in Winterthur werden rund 1.500 Mal im Jahr ausgeliehen, und viele Nutzer:innen schaffen sich danach ein eigenes Lastenrad an.',
    effort: { level: 'low', durationWeeks: 10 },
    cost: { minEur: 4000, maxEur: 12000 },
    steps: [
      {
        title: 'Räder beschaffen',
        description:
          'Beschaffen Sie zwei Lastenräder über Förderprogramme oder Sponsoring, am besten ein Zweirad und ein Dreirad.',
      },
      {
        title: 'Standorte festlegen',
        description:
          'Finden Sie Partnerbetriebe mit langen Öffnungszeiten, die Schlüssel übergeben und die Räder sicher abstellen.',
      },
      {
        title: 'Buchungssystem einrichten',
        description: 'Richten Sie eine Online-Buchung ein und legen Sie Regeln für Ausleihdauer und Schäden fest.',
      },
      {
        title: 'Ausleihe feiern',
        description: 'Starten Sie mit einer Probefahrt-Aktion auf dem Wochenmarkt und sammeln Sie Rückmeldungen.',
      },
    ],
    targetGroups: ['Familien', 'Einzelhandel', 'Vereine'],
    imageCredit: 'Foto: Mitmach-Region Winterthur',
    createdOn: '2022-12-12',
  },
  obstwiesen: {
    summary: 'Familien, Schulklassen und Betriebe übernehmen Patenschaften für alte Obstbäume und ernten gemeinsam.',
    details:
      'Die Patenschaft umfasst Pflegeschnitt, Mahd und Ernte; Fachleute aus dem Obstbau leiten an. Ein Baumkataster zeigt, welche Bäume noch Pat:innen suchen. Aus der Ernte entstehen Saft und Most, die bei einem Erntefest verkauft werden.',
    impact:
      'Streuobstwiesen gehören zu den artenreichsten Lebensräumen Mitteleuropas. Im Vinschgau sind in zwei Jahren 140 Bäume in Pflege, darunter alte Sorten, die sonst verschwunden wären.',
    effort: { level: 'low', durationWeeks: 20 },
    cost: { minEur: 500, maxEur: 3000 },
    steps: [
      {
        title: 'Baumkataster anlegen',
        description: 'Erfassen Sie Standort, Sorte und Zustand der Bäume gemeinsam mit Eigentümer:innen und Gemeinde.',
      },
      {
        title: 'Pat:innen werben',
        description:
          'Stellen Sie die Bäume mit Foto vor und werben Sie über Schulen, Vereine und Betriebe um Pat:innen.',
      },
      {
        title: 'Schnittkurs anbieten',
        description: 'Laden Sie im Februar zu einem Schnittkurs mit einer Fachperson aus dem Obstbau ein.',
      },
      {
        title: 'Erntefest feiern',
        description: 'Ernten Sie im Herbst gemeinsam, pressen Sie Saft und danken Sie den Pat:innen mit einem Fest.',
      },
    ],
    targetGroups: ['Familien', 'Schulen', 'Betriebe', 'Grundeigentümer:innen'],
    imageCredit: 'Foto: Mitmach-Region Vinschgau',
    createdOn: '2023-03-06',
  },
  wissensboerse: {
    summary: 'Ältere Handwerker:innen und Landwirt:innen geben ihr Wissen in offenen Werkstätten an Jüngere weiter.',
    details:
      'Einmal im Monat öffnet eine Werkstatt, ein Hof oder eine Schmiede für einen Nachmittag. Die Themen reichen vom Sensenmähen bis zur Reparatur von Holzfenstern; eine Liste im Gemeindeamt sammelt Angebote und Wünsche.',
    impact:
      'Wissen, das sonst verloren ginge, bleibt in der Region; junge Menschen finden Zugang zu Handwerk und Landwirtschaft, ältere Menschen erleben Wertschätzung.',
    effort: { level: 'low', durationWeeks: 12 },
    cost: { minEur: 200, maxEur: 1500 },
    steps: [
      {
        title: 'Werkstattorte sammeln',
        description: 'Fragen Sie Betriebe und Höfe, wer einmal im Jahr für einen Nachmittag die Tür öffnen würde.',
      },
      {
        title: 'Wissensträger:innen ansprechen',
        description: 'Sprechen Sie Menschen im Ruhestand persönlich an, am besten über Vereine und Pfarren.',
      },
      {
        title: 'Jahresprogramm veröffentlichen',
        description:
          'Stellen Sie zwölf Nachmittage zu einem Jahresprogramm zusammen und machen Sie es über Gemeindezeitung und Schulen bekannt.',
      },
    ],
    targetGroups: ['Senior:innen', 'Jugendliche', 'Handwerksbetriebe'],
    imageCredit: null,
    createdOn: '2022-03-15',
  },
  mitfahrbankerl: {
    summary: 'Gut sichtbare Bänke mit Zielschildern an den Dorfausgängen laden Autofahrer:innen zum Mitnehmen ein.',
    details:
      'Wer mitfahren will, setzt sich auf die Bank und klappt das Schild mit dem Ziel auf. Die Gemeinden stellen die Bänke auf, die Initiative gestaltet Schilder und wirbt in Gemeindeblatt und Schulen für die Idee. Die Standorte liegen dort, wo Autos ohnehin langsam fahren und gefahrlos halten können.',
    impact:
      'Mitfahrbankerl füllen leere Autositze und schließen Lücken im Busnetz, vor allem abends und am Wochenende. Sie kosten wenig und schaffen Begegnungen zwischen Menschen, die sonst aneinander vorbeifahren.',
    effort: { level: 'low', durationWeeks: 8 },
    cost: { minEur: 500, maxEur: 2500 },
    steps: [
      {
        title: 'Standorte mit Gemeinden abstimmen',
        description:
          'Suchen Sie mit Gemeinde und Polizei Stellen, an denen Autos sicher halten können, etwa Buchten an Ortsausgängen.',
      },
      {
        title: 'Schilder gestalten',
        description:
          'Gestalten Sie klappbare Zielschilder für die häufigsten Ziele und eine kurze Anleitung auf der Bank.',
      },
      {
        title: 'Bänke aufstellen und bekannt machen',
        description:
          'Stellen Sie die Bänke mit einer kleinen Feier auf und werben Sie in Gemeindeblatt, Schulen und Vereinen.',
      },
    ],
    targetGroups: ['Gemeinden', 'Pendler:innen', 'Jugendliche', 'Senior:innen'],
    imageCredit: 'Foto: Mitmach-Region Pustertal',
    createdOn: '2024-11-18',
  },
};
