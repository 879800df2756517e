import type { MailConference } from './conference-ics';
import { formatPeriod, type MailLanguage } from './mail-language';
import { type MailBody, renderMail } from './mail-layout';

export type RegistrationMailKind =
  | 'held'
  | 'refused'
  | 'confirmed'
  | 'waitlisted'
  | 'promoted'
  | 'cancelled'
  | 'conference_changed'
  | 'conference_cancelled'
  | 'reminder';

export interface RegistrationMailInput {
  kind: RegistrationMailKind;
  language: MailLanguage;
  name: string | null;
  conference: MailConference | null;
  /** For a held place: whether it is a place or a waitlist position. */
  waitlisted: boolean;
  holdUntil: Date | null;
  confirmUrl: string | null;
  cancelUrl: string | null;
  /** For a reminder: the one-click link that stops further reminders. */
  unsubscribeUrl?: string | null;
}

interface Texts {
  greeting: (name: string | null) => string;
  footer: string;
  when: (period: string, venue: string | null, online: boolean) => string;
  confirm: string;
  cancel: string;
  unsubscribe: string;
  subject: Record<RegistrationMailKind, (title: string) => string>;
  body: Record<RegistrationMailKind, (input: RegistrationMailInput, holdUntil: string) => string[]>;
}

const german: Texts = {
  greeting: (name) => (name ? `Hallo ${name},` : 'Hallo,'),
  footer:
    'Mitmach-Regionen Initiative. Sie erhalten diese Nachricht, weil Sie sich für eine Veranstaltung angemeldet haben.',
  when: (period, venue, online) =>
    `Wann: ${period}. Wo: ${venue ?? (online ? 'online' : 'wird noch bekannt gegeben')}.`,
  confirm: 'Anmeldung bestätigen',
  cancel: 'Anmeldung stornieren',
  unsubscribe: 'Keine Erinnerungen mehr erhalten',
  subject: {
    held: (title) => `Bitte bestätigen Sie Ihre Anmeldung: ${title}`,
    refused: (title) => `Anmeldung nicht möglich: ${title}`,
    confirmed: (title) => `Anmeldung bestätigt: ${title}`,
    waitlisted: (title) => `Sie stehen auf der Warteliste: ${title}`,
    promoted: (title) => `Ein Platz ist frei geworden: ${title}`,
    cancelled: (title) => `Anmeldung storniert: ${title}`,
    conference_changed: (title) => `Geänderte Angaben: ${title}`,
    conference_cancelled: (title) => `Abgesagt: ${title}`,
    reminder: (title) => `In zwei Tagen: ${title}`,
  },
  body: {
    held: (input, holdUntil) => [
      input.waitlisted
        ? 'Die Veranstaltung ist ausgebucht. Wir halten Ihnen einen Platz auf der Warteliste frei.'
        : 'Wir halten Ihnen einen Platz frei.',
      `Bitte bestätigen Sie Ihre E-Mail-Adresse bis ${holdUntil}; danach verfällt die Anmeldung und Ihre Angaben werden gelöscht.`,
      'Wenn Sie sich nicht angemeldet haben, können Sie diese Nachricht ignorieren.',
    ],
    refused: () => ['Für diese Veranstaltung ist derzeit keine Anmeldung möglich. Ihre Angaben wurden gelöscht.'],
    confirmed: () => ['Ihre Anmeldung ist bestätigt. Den Termin finden Sie im Anhang für Ihren Kalender.'],
    waitlisted: () => [
      'Die Veranstaltung ist ausgebucht; Sie stehen auf der Warteliste. Sobald ein Platz frei wird, rücken Sie nach und wir schreiben Ihnen.',
    ],
    promoted: (input) => [
      input.confirmUrl
        ? 'Ein Platz ist frei geworden und gehört Ihnen, sobald Sie Ihre E-Mail-Adresse bestätigen.'
        : 'Ein Platz ist frei geworden: Sie sind von der Warteliste nachgerückt und Ihre Anmeldung ist bestätigt. Den Termin finden Sie im Anhang.',
    ],
    cancelled: () => ['Ihre Anmeldung ist storniert. Schade, dass Sie nicht dabei sein können.'],
    conference_changed: () => ['Die Angaben zur Veranstaltung haben sich geändert. Hier die aktuellen:'],
    conference_cancelled: () => ['Die Veranstaltung ist leider abgesagt. Ihre Anmeldung ist damit hinfällig.'],
    reminder: () => [
      'Wir freuen uns auf Sie: In zwei Tagen ist es so weit. Den Termin finden Sie im Anhang für Ihren Kalender.',
      'Falls Sie doch nicht kommen können, stornieren Sie bitte, damit jemand von der Warteliste nachrücken kann.',
    ],
  },
};

const italian: Texts = {
  greeting: (name) => (name ? `Buongiorno ${name},` : 'Buongiorno,'),
  footer: 'Iniziativa Mitmach-Regionen. Riceve questo messaggio perché si è iscritto/a a un evento.',
  when: (period, venue, online) =>
    `Quando: ${period}. Dove: ${venue ?? (online ? 'online' : 'luogo ancora da comunicare')}.`,
  confirm: "Confermare l'iscrizione",
  cancel: "Annullare l'iscrizione",
  unsubscribe: 'Non ricevere più promemoria',
  subject: {
    held: (title) => `Confermi la sua iscrizione: ${title}`,
    refused: (title) => `Iscrizione non possibile: ${title}`,
    confirmed: (title) => `Iscrizione confermata: ${title}`,
    waitlisted: (title) => `È in lista d'attesa: ${title}`,
    promoted: (title) => `Si è liberato un posto: ${title}`,
    cancelled: (title) => `Iscrizione annullata: ${title}`,
    conference_changed: (title) => `Dati modificati: ${title}`,
    conference_cancelled: (title) => `Evento annullato: ${title}`,
    reminder: (title) => `Tra due giorni: ${title}`,
  },
  body: {
    held: (input, holdUntil) => [
      input.waitlisted
        ? "L'evento è al completo. Le riserviamo un posto in lista d'attesa."
        : 'Le riserviamo un posto.',
      `Confermi il suo indirizzo e-mail entro ${holdUntil}; dopo l'iscrizione scade e i suoi dati vengono cancellati.`,
      'Se non si è iscritto/a, può ignorare questo messaggio.',
    ],
    refused: () => ['Per questo evento al momento non è possibile iscriversi. I suoi dati sono stati cancellati.'],
    confirmed: () => ["La sua iscrizione è confermata. In allegato trova l'appuntamento per il suo calendario."],
    waitlisted: () => ["L'evento è al completo; è in lista d'attesa. Appena si libera un posto, le scriviamo."],
    promoted: (input) => [
      input.confirmUrl
        ? 'Si è liberato un posto: è suo appena conferma il suo indirizzo e-mail.'
        : "Si è liberato un posto: è passato/a dalla lista d'attesa e la sua iscrizione è confermata. In allegato trova l'appuntamento.",
    ],
    cancelled: () => ['La sua iscrizione è annullata. Peccato che non possa partecipare.'],
    conference_changed: () => ["I dati dell'evento sono cambiati. Ecco quelli aggiornati:"],
    conference_cancelled: () => ["Purtroppo l'evento è stato annullato. La sua iscrizione non è più valida."],
    reminder: () => [
      "La aspettiamo: mancano due giorni. In allegato trova l'appuntamento per il suo calendario.",
      "Se non può partecipare, annulli l'iscrizione, così qualcuno dalla lista d'attesa può subentrare.",
    ],
  },
};

const textsOf: Record<MailLanguage, Texts> = { de: german, it: italian };

/** A message about one registration, in German or Italian, as plain text and HTML. */
export function registrationMail(input: RegistrationMailInput): MailBody {
  const texts = textsOf[input.language];
  const conference = input.conference;
  const title = conference?.title ?? (input.language === 'it' ? 'evento' : 'Veranstaltung');
  const holdUntil = input.holdUntil
    ? new Intl.DateTimeFormat(input.language === 'it' ? 'it-IT' : 'de-DE', {
        dateStyle: 'full',
        timeStyle: 'short',
        timeZone: conference?.timeZone ?? 'Europe/Berlin',
      }).format(input.holdUntil)
    : '';
  const when = conference
    ? [
        texts.when(
          formatPeriod(conference.startsAt, conference.endsAt, conference.timeZone, input.language),
          conference.venue,
          conference.online,
        ),
      ]
    : [];
  const actions = [
    ...(input.confirmUrl ? [{ label: texts.confirm, url: input.confirmUrl }] : []),
    ...(input.cancelUrl ? [{ label: texts.cancel, url: input.cancelUrl }] : []),
    ...(input.unsubscribeUrl ? [{ label: texts.unsubscribe, url: input.unsubscribeUrl }] : []),
  ];
  return renderMail(
    {
      subject: texts.subject[input.kind](title),
      greeting: texts.greeting(input.name),
      paragraphs: [`${title}`, ...texts.body[input.kind](input, holdUntil), ...when],
      actions,
      footer: texts.footer,
    },
    input.language,
  );
}
