import { GraphQLError } from 'graphql';

/** Error codes a client can rely on, in `errors[].extensions.code`. */
export const errorCodes = {
  badUserInput: 'BAD_USER_INPUT',
  badRequest: 'BAD_REQUEST',
  notFound: 'NOT_FOUND',
  forbidden: 'FORBIDDEN',
  unauthenticated: 'UNAUTHENTICATED',
  /** An operation over the caller's limits (depth, aliases, directives, tokens, selections, cost). */
  operationLimitExceeded: 'OPERATION_LIMIT_EXCEEDED',
  /** A caller past its quota of requests per minute (HTTP 429 with Retry-After). */
  rateLimited: 'RATE_LIMITED',
  /** A subgraph or export that did not answer within the gateway's timeout. */
  gatewayTimeout: 'GATEWAY_TIMEOUT',
  /** A service the gateway could not reach; `extensions.service` names it, and the rest of the answer stands. */
  serviceUnavailable: 'SERVICE_UNAVAILABLE',
  /** A database statement that ran longer than the statement timeout. */
  databaseTimeout: 'DATABASE_TIMEOUT',
  internal: 'INTERNAL_SERVER_ERROR',
} as const;

export function badUserInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: errorCodes.badUserInput, ...(field ? { field } : {}) } });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: errorCodes.notFound } });
}

export function forbidden(message = 'You are not allowed to do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: errorCodes.forbidden } });
}

/** A problem the caller can fix, reported in a mutation payload's `userErrors` rather than as a GraphQL error. */
export interface UserError {
  field: string[];
  message: string;
  code: string;
}

export function userError(field: string | string[], message: string, code = 'INVALID'): UserError {
  return { field: Array.isArray(field) ? field : field.split('.'), message, code };
}

/** A text input must have from `min` to `max` characters once trimmed; the error says how many it has. */
export function checkText(value: string, field: string[], label: string, min: number, max: number): UserError[] {
  const length = value.trim().length;
  if (length < min || length > max) {
    return [userError(field, `${label} must have ${min} to ${max} characters, it has ${length}.`)];
  }
  return [];
}
