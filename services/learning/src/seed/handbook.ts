/** The handbook of the Mitmach-Regionen initiative: twelve chapters on exactly 100 pages. */
export const seedHandbookChapters = [
  {
    number: 1,
    title: 'Was ist eine Mitmach-Region?',
    summary:
      'Die Idee hinter den Mitmach-Regionen: Zivilgesellschaft, Politik, Verwaltung und Wirtschaft gestalten gemeinsam den Wandel vor Ort.',
    firstPage: 1,
    lastPage: 6,
  },
  {
    number: 2,
    title: 'Das Regional-Team gründen',
    summary:
      'Wer gehört ins Regional-Team, welche Rollen braucht es, und wie verteilt das Team Aufgaben und Verantwortung?',
    firstPage: 7,
    lastPage: 14,
  },
  {
    number: 3,
    title: 'Die eigene Region abgrenzen und kennenlernen',
    summary:
      'Wie ein Team seine Region selbst definiert – vom Stadtteil bis zum Landkreis – und vorhandene Stärken sichtbar macht.',
    firstPage: 15,
    lastPage: 22,
  },
  {
    number: 4,
    title: 'Akteure aus allen Sektoren gewinnen',
    summary:
      'Ansprache von Initiativen, Gemeinderat, Klimaschutzmanagement, Betrieben und Schulen; Tipps für das erste Gespräch.',
    firstPage: 23,
    lastPage: 31,
  },
  {
    number: 5,
    title: 'Die Mitmach-Konferenz planen',
    summary:
      'Ort, Termin, Einladung, Ablauf mit Impulsen, Thementischen und Workshops: Schritt für Schritt zur ersten Mitmach-Konferenz.',
    firstPage: 32,
    lastPage: 42,
  },
  {
    number: 6,
    title: 'Moderation und Methoden',
    summary:
      'Allparteiliche Moderation, Thementische, Open Space und Marktplatz – mit Ablaufskizzen und Formulierungshilfen.',
    firstPage: 43,
    lastPage: 52,
  },
  {
    number: 7,
    title: 'Die Initiativen-Landkarte',
    summary:
      'Bestehende und fehlende Initiativen sichtbar machen: Vorlage, Moderation und Auswertung der Landkarte auf der Konferenz.',
    firstPage: 53,
    lastPage: 60,
  },
  {
    number: 8,
    title: 'Presse- und Öffentlichkeitsarbeit',
    summary:
      'Pressemitteilungen, Kontakte zur Lokalredaktion, Fotos und soziale Medien – vor, während und nach der Konferenz.',
    firstPage: 61,
    lastPage: 69,
  },
  {
    number: 9,
    title: 'Vom Ergebnis zur Umsetzung',
    summary:
      'Ideen, Projekte und Aktionen aus der Konferenz festhalten, Verantwortliche finden und die nächsten Schritte vereinbaren.',
    firstPage: 70,
    lastPage: 78,
  },
  {
    number: 10,
    title: 'Fördertopf und Finanzierung',
    summary:
      'Wie der Fördertopf funktioniert: 500 Euro Eigenanteil, Verdreifachung aus Projektmitteln und Anträge für Umsetzungsprojekte.',
    firstPage: 79,
    lastPage: 85,
  },
  {
    number: 11,
    title: 'Weggemeinschaften und Austausch',
    summary:
      'Regionen unterstützen einander: Treffen der Weggemeinschaft, kollegiale Beratung und digitale Austauschtreffen mit Fachleuten.',
    firstPage: 86,
    lastPage: 92,
  },
  {
    number: 12,
    title: 'Dranbleiben: Erfolgs-Workshop und Selbstorganisation',
    summary:
      'Der Erfolgs-Workshop drei bis sechs Monate nach der Konferenz und der Weg zu einem Regional-Team, das sich selbst trägt.',
    firstPage: 93,
    lastPage: 100,
  },
];
