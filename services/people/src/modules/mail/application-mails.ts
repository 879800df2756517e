import type { MailLanguage } from './mail-language';
import { type MailBody, renderMail } from './mail-layout';

export type ApplicationMailKind = 'confirm' | 'received' | 'refused' | 'accepted' | 'rejected';

export interface ApplicationMailInput {
  kind: ApplicationMailKind;
  language: MailLanguage;
  name: string | null;
  regionName: string;
  roundTitle: string | null;
  /** For `confirm`: until when the link works. */
  confirmUntil: Date | null;
  confirmUrl: string | null;
}

interface Texts {
  greeting: (name: string | null) => string;
  footer: string;
  confirm: string;
  subject: Record<ApplicationMailKind, (region: string) => string>;
  body: Record<ApplicationMailKind, (input: ApplicationMailInput, until: string) => string[]>;
}

const german: Texts = {
  greeting: (name) => (name ? `Hallo ${name},` : 'Hallo,'),
  footer:
    'Mitmach-Regionen Initiative. Sie erhalten diese Nachricht, weil Ihre Gruppe sich als Mitmach-Region beworben hat.',
  confirm: 'Bewerbung bestätigen',
  subject: {
    confirm: (region) => `Bitte bestätigen Sie Ihre Bewerbung: ${region}`,
    received: (region) => `Bewerbung eingegangen: ${region}`,
    refused: (region) => `Bewerbung nicht möglich: ${region}`,
    accepted: (region) => `Willkommen im Netzwerk: ${region}`,
    rejected: (region) => `Entscheidung über Ihre Bewerbung: ${region}`,
  },
  body: {
    confirm: (input, until) => [
      `Danke für die Bewerbung von ${input.regionName} für ${input.roundTitle ?? 'die Bewerbungsrunde'}.`,
      `Bitte bestätigen Sie Ihre E-Mail-Adresse bis ${until}; erst dann geht die Bewerbung ein. Danach werden Ihre Angaben gelöscht.`,
      'Wenn Sie sich nicht beworben haben, können Sie diese Nachricht ignorieren.',
    ],
    received: (input) => [
      `Die Bewerbung von ${input.regionName} für ${input.roundTitle ?? 'die Bewerbungsrunde'} ist eingegangen.`,
      'Das Team der Initiative sieht sie sich an; über die Entscheidung schreiben wir Ihnen. Bis dahin ist die Region nicht öffentlich sichtbar.',
    ],
    refused: (input) => [
      `Die Bewerbung von ${input.regionName} konnte nicht angenommen werden: Die Bewerbungsrunde nimmt derzeit keine Bewerbungen an.`,
      'Ihre Angaben zur Region wurden nicht gespeichert. Sie können sich in der nächsten Runde wieder bewerben.',
    ],
    accepted: (input) => [
      `Ihre Bewerbung ist angenommen: ${input.regionName} ist jetzt eine Mitmach-Region und im Netzwerk öffentlich sichtbar.`,
      'Wir melden uns bald mit den nächsten Schritten zum Regionallabor.',
    ],
    rejected: (input) => [
      `Leider können wir die Bewerbung von ${input.regionName} in dieser Runde nicht annehmen.`,
      'Die Angaben zur Region bleiben nicht öffentlich. Gerne beraten wir Sie zu einer neuen Bewerbung.',
    ],
  },
};

const italian: Texts = {
  greeting: (name) => (name ? `Buongiorno ${name},` : 'Buongiorno,'),
  footer:
    'Iniziativa Mitmach-Regionen. Riceve questo messaggio perché il suo gruppo si è candidato come Mitmach-Region.',
  confirm: 'Confermare la candidatura',
  subject: {
    confirm: (region) => `Confermi la sua candidatura: ${region}`,
    received: (region) => `Candidatura ricevuta: ${region}`,
    refused: (region) => `Candidatura non possibile: ${region}`,
    accepted: (region) => `Benvenuti nella rete: ${region}`,
    rejected: (region) => `Decisione sulla sua candidatura: ${region}`,
  },
  body: {
    confirm: (input, until) => [
      `Grazie per la candidatura di ${input.regionName} per ${input.roundTitle ?? 'il bando'}.`,
      `Confermi il suo indirizzo e-mail entro ${until}; solo allora la candidatura viene presentata. Dopo i suoi dati vengono cancellati.`,
      'Se non si è candidato/a, può ignorare questo messaggio.',
    ],
    received: (input) => [
      `La candidatura di ${input.regionName} per ${input.roundTitle ?? 'il bando'} è stata ricevuta.`,
      "Il team dell'iniziativa la esaminerà e le comunicheremo la decisione. Fino ad allora la regione non è visibile pubblicamente.",
    ],
    refused: (input) => [
      `La candidatura di ${input.regionName} non ha potuto essere accettata: il bando al momento non accetta candidature.`,
      'I dati sulla regione non sono stati salvati. Potrà ricandidarsi al prossimo bando.',
    ],
    accepted: (input) => [
      `La sua candidatura è accettata: ${input.regionName} è ora una Mitmach-Region e visibile pubblicamente nella rete.`,
      'Presto la contatteremo con i prossimi passi per il Regionallabor.',
    ],
    rejected: (input) => [
      `Purtroppo non possiamo accettare la candidatura di ${input.regionName} in questo bando.`,
      'I dati sulla regione restano non pubblici. Saremo lieti di consigliarla per una nuova candidatura.',
    ],
  },
};

const textsOf: Record<MailLanguage, Texts> = { de: german, it: italian };

/** A message about an application made without an account, in German or Italian, as plain text and HTML. */
export function applicationMail(input: ApplicationMailInput): MailBody {
  const texts = textsOf[input.language];
  const until = input.confirmUntil
    ? new Intl.DateTimeFormat(input.language === 'it' ? 'it-IT' : 'de-DE', {
        dateStyle: 'full',
        timeStyle: 'short',
        timeZone: input.language === 'it' ? 'Europe/Rome' : 'Europe/Berlin',
      }).format(input.confirmUntil)
    : '';
  return renderMail(
    {
      subject: texts.subject[input.kind](input.regionName),
      greeting: texts.greeting(input.name),
      paragraphs: texts.body[input.kind](input, until),
      actions: input.confirmUrl ? [{ label: texts.confirm, url: input.confirmUrl }] : [],
      footer: texts.footer,
    },
    input.language,
  );
}
