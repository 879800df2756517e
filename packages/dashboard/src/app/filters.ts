/** The view a URL describes: page, period (whole years), one country, one field of action and the language. */
export interface Filters {
  fromYear: number;
  toYear: number;
  country: string | null;
  field: string | null;
  lang: 'de' | 'en';
}

export const countries = ['DE', 'AT', 'CH', 'IT'] as const;
export const firstYear = 2018;
export const currentYear = new Date().getFullYear();

const year = (value: string | null, fallback: number) => {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= firstYear && parsed <= currentYear ? parsed : fallback;
};

/** Reads the filters from a query string; anything unknown falls back to the whole network since 2019. */
export function readFilters(search: string): Filters {
  const params = new URLSearchParams(search);
  const toYear = year(params.get('to'), currentYear);
  const fromYear = Math.min(year(params.get('from'), 2019), toYear);
  const country = params.get('country');
  const field = params.get('field');
  return {
    fromYear,
    toYear,
    country: country && (countries as readonly string[]).includes(country) ? country : null,
    field: field && /^[a-z][a-z-]{0,62}$/.test(field) ? field : null,
    lang: params.get('lang') === 'en' ? 'en' : 'de',
  };
}

export function writeFilters(filters: Filters): string {
  const params = new URLSearchParams({ from: String(filters.fromYear), to: String(filters.toYear) });
  if (filters.country) params.set('country', filters.country);
  if (filters.field) params.set('field', filters.field);
  if (filters.lang === 'en') params.set('lang', 'en');
  return `?${params}`;
}

export interface Period {
  from: string;
  to: string;
}

export const periodOf = (filters: Pick<Filters, 'fromYear' | 'toYear'>): Period => ({
  from: `${filters.fromYear}-01-01`,
  to: `${filters.toYear}-12-31`,
});

/** The period of the same length just before the chosen one, that headline figures are compared with. */
export function previousPeriodOf(filters: Pick<Filters, 'fromYear' | 'toYear'>): Period {
  const years = filters.toYear - filters.fromYear + 1;
  return periodOf({ fromYear: filters.fromYear - years, toYear: filters.fromYear - 1 });
}

/** The filter of networkStatistics and of the series for these filters. */
export function statisticsFilter(filters: Filters, period: Period = periodOf(filters)) {
  return {
    from: period.from,
    to: period.to,
    ...(filters.country ? { countries: [filters.country] } : {}),
    ...(filters.field ? { fieldsOfAction: [filters.field] } : {}),
  };
}
