import type { ToolkitItemRow } from '../db/schema';

const toolkitUrl = (slug: string) => `https://www.mitmach-region.org/werkzeugkasten/${slug}`;

/** The toolkit (Werkzeugkasten) regional teams download templates, checklists and guides from. */
export const seedToolkitItems: {
  key: string;
  kind: ToolkitItemRow['kind'];
  title: string;
  description: string;
  url: string;
}[] = [
  {
    key: 'checkliste-mitmach-konferenz',
    kind: 'checklist',
    title: 'Checkliste Mitmach-Konferenz',
    description:
      'Alle Aufgaben von sechs Monaten vor der Konferenz bis zur Dokumentation, mit Zuständigkeiten im Regional-Team.',
    url: toolkitUrl('checkliste-mitmach-konferenz'),
  },
  {
    key: 'vorlage-pressemitteilung',
    kind: 'template',
    title: 'Vorlage Pressemitteilung',
    description: 'Eine Pressemitteilung zur Ankündigung der Mitmach-Konferenz zum Anpassen, mit Beispielzitaten.',
    url: toolkitUrl('vorlage-pressemitteilung'),
  },
  {
    key: 'leitfaden-moderation',
    kind: 'guide',
    title: 'Leitfaden Moderation',
    description: 'Ablaufskizzen und Formulierungshilfen für Thementische, Open Space und die Initiativen-Landkarte.',
    url: toolkitUrl('leitfaden-moderation'),
  },
  {
    key: 'vorlage-einladung',
    kind: 'template',
    title: 'Vorlage Einladung zur Mitmach-Konferenz',
    description: 'Einladungstext und Plakatvorlage, die Menschen aus allen Sektoren ansprechen.',
    url: toolkitUrl('vorlage-einladung'),
  },
  {
    key: 'checkliste-barrierefreie-veranstaltung',
    kind: 'checklist',
    title: 'Checkliste barrierefreie Veranstaltung',
    description: 'Zugang, Leichte Sprache, Kinderbetreuung und Anreise: damit alle an der Konferenz teilnehmen können.',
    url: toolkitUrl('checkliste-barrierefreie-veranstaltung'),
  },
  {
    key: 'leitfaden-initiativen-landkarte',
    kind: 'guide',
    title: 'Leitfaden Initiativen-Landkarte',
    description:
      'Wie die Landkarte bestehender und benötigter Initiativen vorbereitet, moderiert und ausgewertet wird.',
    url: toolkitUrl('leitfaden-initiativen-landkarte'),
  },
  {
    key: 'vorlage-kooperationsvereinbarung',
    kind: 'template',
    title: 'Vorlage Kooperationsvereinbarung',
    description: 'Eine schlanke Vereinbarung für neue Kooperationen zwischen Initiativen, Kommune und Betrieben.',
    url: toolkitUrl('vorlage-kooperationsvereinbarung'),
  },
  {
    key: 'leitfaden-foerdertopf',
    kind: 'guide',
    title: 'Leitfaden Fördertopf-Antrag',
    description: 'Schritt für Schritt zum Antrag auf Mittel aus dem Fördertopf für ein Umsetzungsprojekt.',
    url: toolkitUrl('leitfaden-foerdertopf'),
  },
  {
    key: 'checkliste-erfolgs-workshop',
    kind: 'checklist',
    title: 'Checkliste Erfolgs-Workshop',
    description:
      'Vorbereitung des Erfolgs-Workshops drei bis sechs Monate nach der Konferenz, mit Fragen für die Rückschau.',
    url: toolkitUrl('checkliste-erfolgs-workshop'),
  },
];
