import { errorCodes } from '@mitmach/server-kit';
import { FeedError } from './gateway-operation';

export const feedCountries = ['DE', 'AT', 'CH', 'IT'] as const;

/** What `GET /feeds/conferences.ics?country=AT&region=…&fieldOfAction=…` asks for, checked but not yet resolved. */
export interface FeedFilterParams {
  countries: string[];
  regionSlugs: string[];
  fieldOfActionSlugs: string[];
}

const parameters = { country: 'countries', region: 'regionSlugs', fieldOfAction: 'fieldOfActionSlugs' } as const;
type Parameter = keyof typeof parameters;

const maxValues = 20;
const maxSlugLength = 100;
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function badInput(message: string): FeedError {
  return new FeedError(400, errorCodes.badUserInput, message);
}

/** A parameter given several times (?country=AT&country=CH) or as a list (?country=AT,CH). */
function valuesOf(name: string, raw: unknown): string[] {
  const given = Array.isArray(raw) ? raw : [raw];
  const values = given.flatMap((value) => String(value).split(',')).map((value) => value.trim());
  if (values.some((value) => value === '')) throw badInput(`"${name}" has an empty value.`);
  if (values.length > maxValues) throw badInput(`"${name}" takes at most ${maxValues} values, got ${values.length}.`);
  return [...new Set(values)];
}

function checkSlugs(name: string, values: string[]): string[] {
  const malformed = values.filter((value) => value.length > maxSlugLength || !slugPattern.test(value));
  if (malformed.length > 0) {
    const shown = malformed.map((value) => JSON.stringify(value.slice(0, maxSlugLength))).join(', ');
    throw badInput(
      `"${name}" takes slugs such as energy or chiemgau (lowercase letters, digits, hyphens); not ${shown}.`,
    );
  }
  return values;
}

/** Reads the filter of a conference feed from its query string; unknown or malformed parameters are refused. */
export function parseFeedFilter(query: Record<string, unknown>, allowed: readonly Parameter[]): FeedFilterParams {
  const unknown = Object.keys(query).filter((name) => !(allowed as readonly string[]).includes(name));
  if (unknown.length > 0) {
    const known = allowed.length > 0 ? `; this feed takes ${allowed.join(', ')}` : '; this feed takes none';
    throw badInput(`Unknown parameter ${unknown.map((name) => `"${name}"`).join(', ')}${known}.`);
  }
  const filter: FeedFilterParams = { countries: [], regionSlugs: [], fieldOfActionSlugs: [] };
  if (query.country !== undefined) {
    const countries = valuesOf('country', query.country).map((value) => value.toUpperCase());
    const wrong = countries.filter((country) => !(feedCountries as readonly string[]).includes(country));
    if (wrong.length > 0) {
      throw badInput(
        `"country" takes ${feedCountries.join(', ')} (IT for South Tyrol); not ${wrong.map((c) => JSON.stringify(c.slice(0, 10))).join(', ')}.`,
      );
    }
    filter.countries = countries;
  }
  if (query.region !== undefined) filter.regionSlugs = checkSlugs('region', valuesOf('region', query.region));
  if (query.fieldOfAction !== undefined) {
    filter.fieldOfActionSlugs = checkSlugs('fieldOfAction', valuesOf('fieldOfAction', query.fieldOfAction));
  }
  return filter;
}
