import type { CourseRow, LessonRow } from '../db/schema';

export interface SeedLesson {
  kind: LessonRow['kind'];
  title: string;
  summary: string;
  durationMinutes: number;
  handbookChapter?: number;
}

export interface SeedCourse {
  key: string;
  topic: CourseRow['topic'];
  title: string;
  description: string;
  lessons: SeedLesson[];
}

/** The four online courses of the companion programme, each a short sequence of lessons. */
export const seedCourses: SeedCourse[] = [
  {
    key: 'pressearbeit',
    topic: 'press_work',
    title: 'Pressearbeit für Regional-Teams',
    description:
      'Wie Regional-Teams die Lokalpresse und die Menschen in ihrer Region erreichen: von der ersten Pressemitteilung bis zum Bericht über die Mitmach-Konferenz.',
    lessons: [
      {
        kind: 'video',
        title: 'Warum Pressearbeit für Mitmach-Regionen wichtig ist',
        summary:
          'Erklärvideo: Wie Berichte in der Lokalzeitung neue Mitwirkende und Unterstützung aus der Politik bringen.',
        durationMinutes: 8,
      },
      {
        kind: 'text',
        title: 'Die gute Pressemitteilung: Aufbau und Sprache',
        summary: 'Die W-Fragen, eine klare Überschrift, ein starkes Zitat und ein Foto mit Bildrechten.',
        durationMinutes: 15,
      },
      {
        kind: 'handbook_chapter',
        title: 'Handbuch: Presse- und Öffentlichkeitsarbeit',
        summary: 'Das Handbuchkapitel mit Zeitplan für die Pressearbeit rund um die Mitmach-Konferenz durcharbeiten.',
        durationMinutes: 30,
        handbookChapter: 8,
      },
      {
        kind: 'exercise',
        title: 'Eine Pressemitteilung zur eigenen Mitmach-Konferenz schreiben',
        summary:
          'Mit der Vorlage aus dem Werkzeugkasten eine Einladung an die Presse verfassen und im Team gegenlesen.',
        durationMinutes: 45,
      },
      {
        kind: 'video',
        title: 'Kontakte zur Lokalredaktion und soziale Medien',
        summary:
          'Erklärvideo: Redaktionen persönlich ansprechen, Termine melden und Ergebnisse in sozialen Medien teilen.',
        durationMinutes: 12,
      },
    ],
  },
  {
    key: 'moderation',
    topic: 'moderation',
    title: 'Moderation von Mitmach-Formaten',
    description:
      'Grundlagen der allparteilichen Moderation für Mitmach-Konferenzen, Thementische und Treffen des Regional-Teams.',
    lessons: [
      {
        kind: 'video',
        title: 'Die Rolle der Regional-Moderatorin und des Regional-Moderators',
        summary: 'Erklärvideo: Was Moderation in einer Mitmach-Region leistet und wo ihre Grenzen liegen.',
        durationMinutes: 10,
      },
      {
        kind: 'text',
        title: 'Haltung: allparteilich, wertschätzend, ergebnisoffen',
        summary: 'Warum Moderierende keine eigenen Ziele verfolgen und wie sie allen Sektoren Raum geben.',
        durationMinutes: 15,
      },
      {
        kind: 'handbook_chapter',
        title: 'Handbuch: Moderation und Methoden',
        summary: 'Das Handbuchkapitel zu Thementischen, Open Space und Marktplatz mit Ablaufskizzen lesen.',
        durationMinutes: 35,
        handbookChapter: 6,
      },
      {
        kind: 'video',
        title: 'Thementische und Open Space anleiten',
        summary:
          'Erklärvideo mit Ausschnitten aus einer Mitmach-Konferenz: Fragen stellen, Zeit halten, Ergebnisse sichern.',
        durationMinutes: 14,
      },
      {
        kind: 'exercise',
        title: 'Einen Thementisch moderieren',
        summary:
          'Übung im Regional-Team: Eine Person moderiert, die anderen spielen Teilnehmende aus verschiedenen Sektoren.',
        durationMinutes: 60,
      },
      {
        kind: 'text',
        title: 'Schwierige Situationen: Vielredner, Konflikte, Stille',
        summary:
          'Erprobte Interventionen für typische Situationen, wenn Menschen mit sehr unterschiedlichen Interessen zusammenkommen.',
        durationMinutes: 20,
      },
    ],
  },
  {
    key: 'veranstaltungsorganisation',
    topic: 'event_organisation',
    title: 'Veranstaltungsorganisation: die Mitmach-Konferenz',
    description:
      'Von der Idee bis zur Dokumentation: wie ein Regional-Team eine Mitmach-Konferenz mit 30 bis 200 Teilnehmenden plant und durchführt.',
    lessons: [
      {
        kind: 'video',
        title: 'Die Mitmach-Konferenz im Überblick',
        summary: 'Erklärvideo: Impulse, Thementische, Workshops und Landkarte – so läuft ein Konferenztag ab.',
        durationMinutes: 9,
      },
      {
        kind: 'handbook_chapter',
        title: 'Handbuch: Die Mitmach-Konferenz planen',
        summary: 'Das Handbuchkapitel mit Zeitplan und Aufgabenliste für die Vorbereitung durcharbeiten.',
        durationMinutes: 40,
        handbookChapter: 5,
      },
      {
        kind: 'text',
        title: 'Ort, Termin und Barrierefreiheit',
        summary:
          'Worauf es bei Raum, Anreise, Verpflegung und Zugänglichkeit ankommt – und wie früh man buchen sollte.',
        durationMinutes: 15,
      },
      {
        kind: 'exercise',
        title: 'Den Ablaufplan für den Konferenztag erstellen',
        summary: 'Mit der Checkliste aus dem Werkzeugkasten einen minutengenauen Ablauf mit Rollen im Team entwerfen.',
        durationMinutes: 45,
      },
      {
        kind: 'text',
        title: 'Nach der Konferenz: Dokumentation und Erfolgs-Workshop',
        summary: 'Ergebnisse festhalten, Fotos teilen und den Erfolgs-Workshop drei bis sechs Monate später planen.',
        durationMinutes: 15,
      },
    ],
  },
  {
    key: 'vernetzung-und-kooperation',
    topic: 'networking_and_cooperation',
    title: 'Vernetzung und Kooperation',
    description:
      'Wie Initiativen, Kommunen, Betriebe und Bildungseinrichtungen dauerhaft zusammenarbeiten – über die Konferenz hinaus.',
    lessons: [
      {
        kind: 'video',
        title: 'Vier Sektoren an einem Tisch',
        summary: 'Erklärvideo: Was Zivilgesellschaft, Politik, Verwaltung und Wirtschaft voneinander brauchen.',
        durationMinutes: 11,
      },
      {
        kind: 'handbook_chapter',
        title: 'Handbuch: Akteure aus allen Sektoren gewinnen',
        summary: 'Das Handbuchkapitel mit Gesprächsleitfaden für die Ansprache neuer Partner lesen.',
        durationMinutes: 30,
        handbookChapter: 4,
      },
      {
        kind: 'exercise',
        title: 'Die Initiativen-Landkarte der eigenen Region zeichnen',
        summary: 'Bestehende, fehlende und unterstützungsbedürftige Initiativen der Region zusammentragen.',
        durationMinutes: 50,
      },
      {
        kind: 'text',
        title: 'Kooperationen verbindlich machen',
        summary:
          'Vereinbarungen, Ansprechpersonen und Rollen festhalten, damit Zusammenarbeit nicht an einzelnen Menschen hängt.',
        durationMinutes: 20,
      },
    ],
  },
];
