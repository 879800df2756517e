import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

function invalid(type: string, message: string): GraphQLError {
  return new GraphQLError(`Invalid ${type}: ${message}`, { extensions: { code: 'BAD_USER_INPUT' } });
}

function stringScalar(name: string, description: string, validate: (value: string) => string | null) {
  const parse = (value: unknown): string => {
    if (typeof value !== 'string') throw invalid(name, `expected a string, got ${typeof value}`);
    const problem = validate(value);
    if (problem) throw invalid(name, problem);
    return value;
  };
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: (value) => String(value),
    parseValue: parse,
    parseLiteral: (ast: ValueNode) => {
      if (ast.kind !== Kind.STRING) throw invalid(name, 'expected a string literal');
      return parse(ast.value);
    },
  });
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}

function isCalendarDate(value: string): boolean {
  const match = datePattern.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const UUID = stringScalar('UUID', 'A UUID in canonical text form.', (value) =>
  isUuid(value) ? null : `expected a UUID, got ${JSON.stringify(value)}`,
);

export const DateScalar = stringScalar('Date', 'A calendar date, ISO-8601 (YYYY-MM-DD).', (value) =>
  isCalendarDate(value) ? null : `expected a date as YYYY-MM-DD, got ${JSON.stringify(value)}`,
);

export const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'A point in time, ISO-8601 with offset.',
  serialize: (value) => (value instanceof Date ? value : new Date(String(value))).toISOString(),
  parseValue: (value) => parseDateTime(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw invalid('DateTime', 'expected a string literal');
    return parseDateTime(ast.value);
  },
});

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !dateTimePattern.test(value) || Number.isNaN(Date.parse(value))) {
    throw invalid(
      'DateTime',
      `expected ISO-8601 with offset, e.g. 2026-05-04T09:30:00+02:00, got ${JSON.stringify(value)}`,
    );
  }
  return new Date(value);
}

export const EmailAddress = stringScalar('EmailAddress', 'An e-mail address.', (value) =>
  emailPattern.test(value) && value.length <= 254 ? null : `expected an e-mail address, got ${JSON.stringify(value)}`,
);

export const URLScalar = stringScalar('URL', 'An absolute http(s) URL.', (value) =>
  URL.canParse(value) && /^https?:$/.test(new URL(value).protocol)
    ? null
    : `expected an absolute http(s) URL, got ${JSON.stringify(value)}`,
);

export const CountryCode = stringScalar(
  'CountryCode',
  'ISO 3166-1 alpha-2 country code of the network: DE, AT, CH or IT (South Tyrol).',
  (value) =>
    ['DE', 'AT', 'CH', 'IT'].includes(value) ? null : `expected DE, AT, CH or IT, got ${JSON.stringify(value)}`,
);

/**
 * A JSON object computed by the server, such as a JSON-LD document; output only, so a subgraph that declares
 * `scalar JSON` adds it to its resolvers. It is never read from a client.
 */
export const JsonObject = new GraphQLScalarType<never, Record<string, unknown>>({
  name: 'JSON',
  description: 'A JSON object, e.g. a JSON-LD document.',
  serialize: (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new GraphQLError('JSON values are objects.');
    }
    return value as Record<string, unknown>;
  },
  parseValue: () => {
    throw invalid('JSON', 'JSON values are output only');
  },
  parseLiteral: () => {
    throw invalid('JSON', 'JSON values are output only');
  },
});

/** Resolver map entries for the scalars every subgraph declares. */
export const scalarResolvers = {
  UUID,
  Date: DateScalar,
  DateTime,
  EmailAddress,
  URL: URLScalar,
  CountryCode,
};
