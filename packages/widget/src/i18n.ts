export type Language = 'de' | 'it' | 'en';

const locales: Record<Language, string> = { de: 'de-DE', it: 'it-IT', en: 'en-GB' };

const texts = {
  de: {
    mapLabel: 'Karte der Mitmach-Regionen',
    country: 'Land',
    fieldOfAction: 'Handlungsfeld',
    all: 'Alle',
    loading: 'Wird geladen …',
    failed: 'Die Daten konnten nicht geladen werden.',
    regionsShown: (count: number) => (count === 1 ? '1 Region' : `${count} Regionen`),
    website: 'Website',
    noConferences: 'Zurzeit sind keine Konferenzen angekündigt.',
    conferencesLabel: 'Kommende Mitmach-Konferenzen',
    online: 'Online',
    cancelled: 'Abgesagt',
    more: 'Mehr erfahren',
    calendar: 'In den Kalender',
    countries: { DE: 'Deutschland', AT: 'Österreich', CH: 'Schweiz', IT: 'Südtirol' },
  },
  it: {
    mapLabel: 'Mappa delle Mitmach-Regionen',
    country: 'Paese',
    fieldOfAction: 'Campo d’azione',
    all: 'Tutti',
    loading: 'Caricamento …',
    failed: 'Non è stato possibile caricare i dati.',
    regionsShown: (count: number) => (count === 1 ? '1 regione' : `${count} regioni`),
    website: 'Sito web',
    noConferences: 'Al momento non sono annunciate conferenze.',
    conferencesLabel: 'Prossime Mitmach-Konferenzen',
    online: 'Online',
    cancelled: 'Annullata',
    more: 'Ulteriori informazioni',
    calendar: 'Aggiungi al calendario',
    countries: { DE: 'Germania', AT: 'Austria', CH: 'Svizzera', IT: 'Alto Adige' },
  },
  en: {
    mapLabel: 'Map of the Mitmach-Regionen',
    country: 'Country',
    fieldOfAction: 'Field of action',
    all: 'All',
    loading: 'Loading …',
    failed: 'The data could not be loaded.',
    regionsShown: (count: number) => (count === 1 ? '1 region' : `${count} regions`),
    website: 'Website',
    noConferences: 'No conferences are announced at the moment.',
    conferencesLabel: 'Upcoming Mitmach-Konferenzen',
    online: 'Online',
    cancelled: 'Cancelled',
    more: 'Learn more',
    calendar: 'Add to calendar',
    countries: { DE: 'Germany', AT: 'Austria', CH: 'Switzerland', IT: 'South Tyrol' },
  },
} satisfies Record<Language, unknown>;

export type Texts = (typeof texts)['de'];

/** The language an element asks for with `lang`, German unless it names Italian or English. */
export function languageOf(value: string | null): Language {
  const language = value?.trim().toLowerCase().slice(0, 2);
  return language === 'it' || language === 'en' ? language : 'de';
}

export function textsOf(language: Language): Texts {
  return texts[language];
}

export function localeOf(language: Language): string {
  return locales[language];
}

/** A field of action's name in the language: the API has German and English names; Italian pages get the German. */
export function fieldName(field: { nameDe: string; nameEn: string }, language: Language): string {
  return language === 'en' ? field.nameEn : field.nameDe;
}
