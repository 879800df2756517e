export type MailLanguage = 'de' | 'it';

/** The network's conferences in Italy are in South Tyrol, where people are written to in Italian. */
export function languageOfCountry(country: string): MailLanguage {
  return country === 'IT' ? 'it' : 'de';
}

export function formatPeriod(startsAt: string, endsAt: string, timeZone: string, language: MailLanguage): string {
  const locale = language === 'it' ? 'it-IT' : 'de-DE';
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone });
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const sameDay = day.format(start) === day.format(end);
  return sameDay
    ? `${day.format(start)}, ${time.format(start)}–${time.format(end)}`
    : `${day.format(start)}, ${time.format(start)} – ${day.format(end)}, ${time.format(end)}`;
}
