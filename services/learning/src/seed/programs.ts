import { regionalLabKey } from '@mitmach/demo-network';
import type { ProgramModuleRow, ProgramRow } from '../db/schema';

export interface SeedModule {
  title: string;
  description: string;
  month: number;
  startsAt: string;
  durationMinutes: number;
  format: ProgramModuleRow['format'];
}

export interface SeedProgram {
  key: string;
  kind: ProgramRow['kind'];
  title: string;
  description: string;
  durationMonths: number | null;
  courseKeys: string[];
  modules: SeedModule[];
}

const online = (month: number, title: string, description: string, startsAt: string): SeedModule => ({
  title,
  description,
  month,
  startsAt,
  durationMinutes: 120,
  format: 'online',
});
const live = (month: number, title: string, description: string, startsAt: string): SeedModule => ({
  title,
  description,
  month,
  startsAt,
  durationMinutes: 420,
  format: 'live',
});

export const onlineCompanionKey = 'online-begleitprogramm';
export const moderatorTrainingKey = 'ausbildung-regional-moderation';

export const seedPrograms: SeedProgram[] = [
  {
    key: onlineCompanionKey,
    kind: 'online_companion',
    title: 'Online-Begleitprogramm',
    description:
      'Das Online-Begleitprogramm begleitet Regional-Teams im eigenen Tempo: vier Online-Kurse, das Handbuch, Erklärvideos, der Werkzeugkasten und digitale Austauschtreffen mit Fachleuten.',
    durationMonths: null,
    courseKeys: ['pressearbeit', 'moderation', 'veranstaltungsorganisation', 'vernetzung-und-kooperation'],
    modules: [],
  },
  {
    key: regionalLabKey,
    kind: 'regional_lab',
    title: 'Regionallabor',
    description:
      'Im Regionallabor bereiten neu aufgenommene Regionen in 15 Monaten gemeinsam ihre erste Mitmach-Konferenz vor – mit monatlichen Online-Modulen, Präsenztreffen und einer Weggemeinschaft.',
    durationMonths: 15,
    courseKeys: ['pressearbeit', 'veranstaltungsorganisation'],
    modules: [
      live(
        1,
        'Auftaktwerkstatt: Kennenlernen und Ziele',
        'Die Regional-Teams des Jahrgangs lernen sich kennen, klären ihre Ziele und bilden ihre Weggemeinschaft.',
        '2025-10-10T10:00:00+02:00',
      ),
      online(
        2,
        'Die eigene Region verstehen',
        'Grenzen, Stärken und Herausforderungen der Region beschreiben und erste Daten zusammentragen.',
        '2025-11-12T18:00:00+01:00',
      ),
      online(
        3,
        'Wer ist schon aktiv?',
        'Eine erste Akteurslandkarte mit Initiativen, Vereinen, Kommunen und Betrieben erstellen.',
        '2025-12-10T18:00:00+01:00',
      ),
      online(
        4,
        'Das Regional-Team stärken',
        'Rollen, Entscheidungswege und Zusammenarbeit im Regional-Team klären.',
        '2026-01-14T18:00:00+01:00',
      ),
      live(
        5,
        'Mitmach-Konferenz I: Konzept und Format',
        'Präsenzmodul: Format, Ort, Termin und Zielgruppen der eigenen Konferenz festlegen.',
        '2026-02-13T10:00:00+01:00',
      ),
      online(
        6,
        'Pressearbeit und Öffentlichkeit',
        'Den Zeitplan für Pressemitteilungen und Einladungen rund um die Konferenz aufstellen.',
        '2026-03-11T18:00:00+01:00',
      ),
      online(
        7,
        'Mitmach-Konferenz II: alle Sektoren einladen',
        'Wie Politik, Verwaltung, Wirtschaft und Zivilgesellschaft gleichermaßen zur Konferenz kommen.',
        '2026-04-15T18:00:00+02:00',
      ),
      live(
        8,
        'Moderationstraining',
        'Präsenzmodul: Thementische, Impulse und Open Space üben.',
        '2026-05-08T10:00:00+02:00',
      ),
      online(
        9,
        'Generalprobe',
        'Ablauf, Rollen und Material der Konferenz gemeinsam durchgehen.',
        '2026-06-10T18:00:00+02:00',
      ),
      online(
        10,
        'Nach der Konferenz: Ergebnisse sichern',
        'Landkarte, Ideen und Projekte dokumentieren und Verantwortliche finden.',
        '2026-07-08T18:00:00+02:00',
      ),
      online(
        11,
        'Von der Idee zum Projekt',
        'Umsetzungsprojekte planen: Ziele, Schritte, Partner und Zeitplan.',
        '2026-08-12T18:00:00+02:00',
      ),
      online(
        12,
        'Fördertopf und Finanzierung',
        'Anträge an den Fördertopf stellen und weitere Förderquellen finden.',
        '2026-09-09T18:00:00+02:00',
      ),
      live(
        13,
        'Zwischenbilanz mit der Weggemeinschaft',
        'Präsenzmodul: Erfahrungen austauschen und voneinander lernen.',
        '2026-10-16T10:00:00+02:00',
      ),
      online(
        14,
        'Den Erfolgs-Workshop vorbereiten',
        'Den Erfolgs-Workshop drei bis sechs Monate nach der Konferenz planen.',
        '2026-11-11T18:00:00+01:00',
      ),
      live(
        15,
        'Abschluss und Übergang in die Selbstorganisation',
        'Präsenzmodul: Rückblick auf 15 Monate und Verabredungen für die Zeit danach.',
        '2026-12-11T10:00:00+01:00',
      ),
    ],
  },
  {
    key: moderatorTrainingKey,
    kind: 'moderator_training',
    title: 'Ausbildung Regional-Moderation',
    description:
      'In sechs Modulen lernen Regional-Moderatorinnen und Regional-Moderatoren, Mitmach-Konferenzen, Workshops und Weggemeinschaften allparteilich zu moderieren.',
    durationMonths: 6,
    courseKeys: ['moderation', 'vernetzung-und-kooperation'],
    modules: [
      {
        ...online(
          1,
          'Grundlagen der Moderation',
          'Rolle, Haltung und Werkzeuge der Regional-Moderation.',
          '2026-09-18T16:00:00+02:00',
        ),
        durationMinutes: 180,
      },
      live(
        2,
        'Großgruppenformate',
        'Präsenzmodul: Mitmach-Konferenz, Open Space und World Café anleiten.',
        '2026-10-09T10:00:00+02:00',
      ),
      {
        ...online(
          3,
          'Thementische und Workshops anleiten',
          'Fragen entwickeln, Zeit halten und Ergebnisse sichern.',
          '2026-11-13T16:00:00+01:00',
        ),
        durationMinutes: 180,
      },
      live(
        4,
        'Konflikte und Vielfalt der Sektoren',
        'Präsenzmodul: Unterschiedliche Interessen fair zusammenbringen.',
        '2026-12-04T10:00:00+01:00',
      ),
      {
        ...online(
          5,
          'Weggemeinschaften begleiten',
          'Kollegiale Beratung und Treffen mehrerer Regionen moderieren.',
          '2027-01-15T16:00:00+01:00',
        ),
        durationMinutes: 180,
      },
      live(
        6,
        'Praxisprojekt und Abschluss',
        'Präsenzmodul: Auswertung der eigenen Praxismoderation und Zertifikat.',
        '2027-02-12T10:00:00+01:00',
      ),
    ],
  },
];
