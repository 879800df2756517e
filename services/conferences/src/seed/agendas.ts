import { type DemoConference, participantKey, personId, teamPersonKey } from '@mitmach/demo-network';
import type { sessions } from '../db/schema';
import { fieldName } from './field-names';
import type { SeedConference } from './seed-conference';

type NewSession = typeof sessions.$inferInsert;

interface SessionPlan {
  day?: number;
  from: string;
  to: string;
  kind: NewSession['kind'];
  title: string;
  description?: string;
  room?: string;
  speakers?: string[];
  field?: string;
}

function mitmachKonferenz(conference: SeedConference): SessionPlan[] {
  const { region } = conference;
  const slug = region.slug;
  const fields = conference.plan.fieldsOfAction;
  const twoDays = conference.plan.days.length > 1;
  // Regions that held their conference have participants who hosted theme tables; new ones rely on their team.
  const host = (index: number) =>
    region.hasHeldConference
      ? participantKey(slug, index + 1)
      : teamPersonKey(slug, index % 2 === 0 ? 'member-2' : 'contact');
  const opening: SessionPlan[] = [
    {
      from: twoDays ? '14:00' : '09:30',
      to: twoDays ? '14:30' : '10:00',
      kind: 'plenary',
      title: 'Ankommen und Begrüßung',
      room: 'Großer Saal',
      speakers: [teamPersonKey(slug, 'moderator')],
    },
    {
      from: twoDays ? '14:30' : '10:00',
      to: twoDays ? '14:50' : '10:20',
      kind: 'impulse_talk',
      title: 'Was ist eine Mitmach-Region?',
      description:
        'Wie Menschen aus allen Bereichen einer Region gemeinsam ins Handeln kommen, und was andere Regionen daraus gemacht haben.',
      room: 'Großer Saal',
      speakers: ['staff:programme-lead'],
    },
    {
      from: twoDays ? '14:50' : '10:20',
      to: twoDays ? '15:10' : '10:40',
      kind: 'impulse_talk',
      title: `Gelungene Beispiele aus ${region.name}`,
      room: 'Großer Saal',
      speakers: [teamPersonKey(slug, 'member-1')],
      field: fields[0],
    },
    {
      from: twoDays ? '15:10' : '10:40',
      to: twoDays ? '15:30' : '11:00',
      kind: 'impulse_talk',
      title: 'Was Verwaltung und Politik beitragen können',
      room: 'Großer Saal',
      speakers: [teamPersonKey(slug, 'contact')],
      field: fields[1] ?? fields[0],
    },
    ...fields.map((field, index) => ({
      from: twoDays ? '15:45' : '11:15',
      to: twoDays ? '17:30' : '12:30',
      kind: 'theme_table' as const,
      title: `Thementisch ${fieldName(field)}`,
      description: 'Wer ist schon aktiv, was fehlt, wer macht mit?',
      room: `Tisch ${index + 1}`,
      speakers: [host(index)],
      field,
    })),
    {
      from: twoDays ? '17:30' : '12:30',
      to: twoDays ? '20:00' : '13:30',
      kind: 'marketplace',
      title: twoDays ? 'Markt der Initiativen mit Abendessen' : 'Markt der Initiativen und Mittagessen',
      description: 'Initiativen stellen sich an Ständen vor; regionale Küche.',
      room: 'Foyer',
    },
  ];
  const day = twoDays ? 1 : 0;
  const workshops: SessionPlan[] = [
    {
      day,
      from: twoDays ? '09:30' : '13:30',
      to: twoDays ? '11:30' : '15:00',
      kind: 'workshop',
      title: 'Initiativen-Landkarte: Was gibt es, was fehlt?',
      description:
        'Gemeinsam entsteht eine Karte der bestehenden, gebrauchten und unterstützungsbedürftigen Initiativen.',
      room: 'Seminarraum 1',
      speakers: [teamPersonKey(slug, 'member-2')],
    },
    {
      day,
      from: twoDays ? '09:30' : '13:30',
      to: twoDays ? '11:30' : '15:00',
      kind: 'workshop',
      title: 'Von der Idee zum Projekt',
      description: 'Wie aus einer Idee ein Vorhaben mit Verantwortlichen, Partnern und nächsten Schritten wird.',
      room: 'Seminarraum 2',
      speakers: ['staff:regional-lab'],
    },
    {
      day,
      from: twoDays ? '11:45' : '15:15',
      to: twoDays ? '15:30' : '16:45',
      kind: 'open_space',
      title: 'Open Space: eigene Vorhaben',
      description: 'Die Teilnehmenden bringen ihre Themen mit und finden Mitstreiter:innen.',
      room: 'Großer Saal',
      speakers: [teamPersonKey(slug, 'moderator')],
    },
    {
      day,
      from: twoDays ? '15:30' : '16:45',
      to: twoDays ? '16:30' : '17:30',
      kind: 'plenary',
      title: 'Ergebnisse, Verabredungen und Ausblick',
      room: 'Großer Saal',
      speakers: [teamPersonKey(slug, 'moderator'), teamPersonKey(slug, 'member-1')],
    },
  ];
  return [...opening, ...workshops];
}

function successWorkshop(conference: SeedConference): SessionPlan[] {
  const slug = conference.region.slug;
  const field = conference.plan.fieldsOfAction[0];
  return [
    {
      from: '13:30',
      to: '14:00',
      kind: 'plenary',
      title: 'Rückblick auf die Mitmach-Konferenz',
      room: 'Saal',
      speakers: [teamPersonKey(slug, 'moderator')],
    },
    {
      from: '14:00',
      to: '14:20',
      kind: 'impulse_talk',
      title: 'Was seitdem entstanden ist',
      room: 'Saal',
      speakers: [teamPersonKey(slug, 'member-1')],
    },
    {
      from: '14:30',
      to: '16:00',
      kind: 'workshop',
      title: 'Projekte im Check: Was läuft, wo hakt es?',
      room: 'Seminarraum',
      speakers: [teamPersonKey(slug, 'member-2')],
    },
    {
      from: '14:30',
      to: '16:00',
      kind: 'theme_table',
      title: `Thementisch ${fieldName(field ?? 'social-cohesion')}`,
      room: 'Saal',
      speakers: [participantKey(slug, 1)],
      field,
    },
    {
      from: '16:15',
      to: '17:15',
      kind: 'open_space',
      title: 'Neue Vorhaben und Mitstreiter:innen',
      room: 'Saal',
    },
    {
      from: '17:15',
      to: '18:00',
      kind: 'plenary',
      title: 'Nächste Schritte und Verabredungen',
      room: 'Saal',
      speakers: [teamPersonKey(slug, 'moderator')],
    },
  ];
}

function mitmachWerkstatt(conference: SeedConference): SessionPlan[] {
  const slug = conference.region.slug;
  const [first, second] = conference.plan.fieldsOfAction;
  const ends = conference.plan.days[0]?.to ?? '16:00';
  if (conference.plan.attendanceMode === 'online') {
    return [
      {
        from: '18:30',
        to: '18:45',
        kind: 'plenary',
        title: 'Begrüßung und Ablauf',
        speakers: [teamPersonKey(slug, 'moderator')],
      },
      {
        from: '18:45',
        to: '19:15',
        kind: 'impulse_talk',
        title: 'Was eine Energiegemeinschaft braucht',
        speakers: [teamPersonKey(slug, 'member-1')],
        field: first,
      },
      {
        from: '19:15',
        to: '20:30',
        kind: 'workshop',
        title: 'Kleingruppen: Rechtsform, Finanzierung, Beteiligung',
        speakers: [teamPersonKey(slug, 'member-2'), teamPersonKey(slug, 'contact')],
        field: first,
      },
      {
        from: '20:30',
        to: ends,
        kind: 'plenary',
        title: 'Nächste Schritte',
        speakers: [teamPersonKey(slug, 'moderator')],
      },
    ];
  }
  return [
    {
      from: '10:00',
      to: '10:15',
      kind: 'plenary',
      title: 'Begrüßung',
      room: 'Saal',
      speakers: [teamPersonKey(slug, 'moderator')],
    },
    {
      from: '10:15',
      to: '10:45',
      kind: 'impulse_talk',
      title: `Impuls: ${fieldName(first ?? 'social-cohesion')} vor Ort`,
      room: 'Saal',
      speakers: [teamPersonKey(slug, 'member-1')],
      field: first,
    },
    ...[first, second].flatMap((field, index) =>
      field
        ? [
            {
              from: '11:00',
              to: '12:30',
              kind: 'workshop' as const,
              title: `Werkstatt ${fieldName(field)}`,
              room: `Werkraum ${index + 1}`,
              speakers: [teamPersonKey(slug, index === 0 ? 'member-2' : 'contact')],
              field,
            },
          ]
        : [],
    ),
    { from: '12:30', to: '13:30', kind: 'marketplace', title: 'Mittagspause und Projektmarkt', room: 'Foyer' },
    {
      from: '13:30',
      to: '15:00',
      kind: 'workshop',
      title: 'Vom Vorhaben zum Plan',
      room: 'Saal',
      speakers: ['staff:regional-lab'],
    },
    {
      from: '15:00',
      to: ends,
      kind: 'plenary',
      title: 'Ergebnisse und Verabredungen',
      room: 'Saal',
      speakers: [teamPersonKey(slug, 'moderator')],
    },
  ];
}

const agendaOf: Record<DemoConference['format'], (conference: SeedConference) => SessionPlan[]> = {
  mitmach_konferenz: mitmachKonferenz,
  success_workshop: successWorkshop,
  mitmach_werkstatt: mitmachWerkstatt,
};

/** The agenda of a demo conference, in the shape of its format. */
export function agendaRows(conference: SeedConference): NewSession[] {
  const plans = agendaOf[conference.plan.format](conference);
  return plans.map((plan) => ({
    conferenceId: conference.id,
    kind: plan.kind,
    title: plan.title,
    description: plan.description ?? null,
    room: conference.plan.attendanceMode === 'online' ? null : (plan.room ?? null),
    startsAt: conference.at(plan.day ?? 0, plan.from),
    endsAt: conference.at(plan.day ?? 0, plan.to),
    speakerIds: (plan.speakers ?? []).map(personId),
    fieldSlug: plan.field ?? null,
  }));
}
