import { personId, regionalLab2024Key, regionalLab2025Key, teamPersonKey } from '@mitmach/demo-network';
import { moderatorTrainingKey, onlineCompanionKey } from './programs';

export interface SeedExchangeMeeting {
  key: string;
  programKey?: string;
  cohortKey?: string;
  topic: string;
  description: string;
  startsAt: string;
  durationMinutes: number;
  experts: ({ personId: string; name: null } | { personId: null; name: string })[];
}

const person = (id: string) => ({ personId: id, name: null });
const guest = (name: string) => ({ personId: null, name });

/** Digital exchange meetings with experts, some behind and some ahead of late November 2026. */
export const seedExchangeMeetings: SeedExchangeMeeting[] = [
  {
    key: 'abschlussrunde-regionallabor-2024',
    cohortKey: regionalLab2024Key,
    topic: 'Abschlussrunde des Regionallabors 2024',
    description:
      'Die Regionen des Jahrgangs 2024 berichten, was aus ihren Konferenzen geworden ist, und verabreden den weiteren Austausch.',
    startsAt: '2025-06-18T18:00:00+02:00',
    durationMinutes: 90,
    experts: [person(personId('staff:regional-lab'))],
  },
  {
    key: 'energiegemeinschaften-gruenden',
    programKey: onlineCompanionKey,
    topic: 'Energiegemeinschaften gründen',
    description:
      'Wie Bürgerinnen, Gemeinden und Betriebe gemeinsam Strom erzeugen und teilen – mit Erfahrungen aus Österreich.',
    startsAt: '2026-06-17T18:00:00+02:00',
    durationMinutes: 90,
    experts: [guest('Thomas Leitner'), person(personId(teamPersonKey('muehlviertel', 'moderator')))],
  },
  {
    key: 'pressearbeit-mit-kleinem-budget',
    programKey: onlineCompanionKey,
    topic: 'Pressearbeit mit kleinem Budget',
    description:
      'Eine Lokaljournalistin erklärt, welche Themen Redaktionen aufgreifen und wie Regional-Teams ohne Budget sichtbar werden.',
    startsAt: '2026-09-23T18:00:00+02:00',
    durationMinutes: 90,
    experts: [guest('Sabine Roth'), person(personId('staff:learning'))],
  },
  {
    key: 'erfahrungen-aus-dem-foerdertopf',
    cohortKey: regionalLab2025Key,
    topic: 'Erfahrungen aus dem Fördertopf',
    description:
      'Regionen, die schon Umsetzungsprojekte gefördert haben, zeigen ihre Anträge und was sie daraus gelernt haben.',
    startsAt: '2026-10-21T18:00:00+02:00',
    durationMinutes: 90,
    experts: [person(personId(teamPersonKey('chiemgau', 'moderator'))), person(personId('staff:programme-lead'))],
  },
  {
    key: 'erfolgs-workshop-was-hat-sich-getan',
    cohortKey: regionalLab2025Key,
    topic: 'Erfolgs-Workshop: Was hat sich seit der Konferenz getan?',
    description:
      'Wie der Erfolgs-Workshop Ergebnisse sichtbar macht und neue Mitwirkende gewinnt – mit Beispielen aus dem Jahrgang 2024.',
    startsAt: '2026-12-02T18:00:00+01:00',
    durationMinutes: 90,
    experts: [person(personId('staff:regional-lab')), guest('Helga Brandstätter')],
  },
  {
    key: 'gemeinschaftsverpflegung-regional-und-bio',
    programKey: onlineCompanionKey,
    topic: 'Gemeinschaftsverpflegung regional und bio',
    description:
      'Wie Kitas, Schulen und Kantinen auf regionale Bio-Lebensmittel umstellen – mit dem Team aus Lindau, das Küchenteams geschult hat.',
    startsAt: '2026-12-09T18:00:00+01:00',
    durationMinutes: 90,
    experts: [guest('Karin Weidinger'), person(personId(teamPersonKey('lindau', 'moderator')))],
  },
  {
    key: 'uebergang-in-die-selbstorganisation',
    cohortKey: regionalLab2025Key,
    topic: 'Übergang in die Selbstorganisation',
    description:
      'Selbstorganisierte Regionen erzählen, wie ihr Regional-Team nach dem Regionallabor weitergearbeitet hat.',
    startsAt: '2026-12-16T18:00:00+01:00',
    durationMinutes: 90,
    experts: [person(personId(teamPersonKey('wurzen', 'moderator')))],
  },
  {
    key: 'moderation-hybrider-veranstaltungen',
    programKey: moderatorTrainingKey,
    topic: 'Moderation hybrider Veranstaltungen',
    description: 'Technik, Rollen und Methoden, damit Teilnehmende vor Ort und online gleichermaßen mitreden können.',
    startsAt: '2027-01-20T18:00:00+01:00',
    durationMinutes: 120,
    experts: [guest('Jonas Peters')],
  },
  {
    key: 'buergerbeteiligung-in-der-verwaltung',
    programKey: onlineCompanionKey,
    topic: 'Bürgerbeteiligung in der Kommunalverwaltung',
    description:
      'Eine Klimaschutzmanagerin und ein Bürgermeister berichten, wie Verwaltung und Regional-Team gut zusammenarbeiten.',
    startsAt: '2027-02-10T18:00:00+01:00',
    durationMinutes: 90,
    experts: [guest('Martina Vogt'), guest('Andreas Kern')],
  },
];
