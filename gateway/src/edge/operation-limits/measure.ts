import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
  getOperationAST,
  Lexer,
  type OperationDefinitionNode,
  parse,
  Source,
  TokenKind,
  validate,
} from 'graphql';
import type { LimitName, OperationLimits } from './limits';
import { measureSize, type SizeOptions } from './page-cost';

export type Measurement = Record<LimitName, number>;

/** A document read once: its static counts, or why it cannot be measured (GraphQL itself will refuse it). */
export type ReadDocument =
  | {
      kind: 'read';
      document: DocumentNode;
      operation: OperationDefinitionNode;
      counts: Omit<Measurement, 'selections' | 'cost'>;
    }
  | { kind: 'not-measurable' };

/**
 * Counts lexical tokens without parsing, and stops one past `stopAfter`: lexing is linear, and a megabyte of tokens
 * would take it a while, so a document over the limit is only counted as far as it needs to be.
 */
export function countTokens(query: string, stopAfter = Number.POSITIVE_INFINITY): number | null {
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  try {
    while (tokens <= stopAfter && lexer.advance().kind !== TokenKind.EOF) tokens += 1;
  } catch {
    // A lexical error is a parse error; GraphQL reports it in its own words.
    return null;
  }
  return tokens;
}

function foundIn(error: GraphQLError): number {
  const found = /found (\d+)/.exec(error.message)?.[1];
  return found ? Number(found) : Number.POSITIVE_INFINITY;
}

/** GraphQL Armor's depth, alias and directive counts, each fragment counted once however often it is spread. */
function armorCounts(schema: GraphQLSchema, document: DocumentNode, ceiling: OperationLimits) {
  const found = { depth: 0, aliases: 0, directives: 0 };
  const record = (name: keyof typeof found, value: number) => {
    found[name] = Math.max(found[name], value);
  };
  const capture = (name: keyof typeof found) => ({
    n: ceiling[name],
    exposeLimits: true,
    propagateOnRejection: false,
    onAccept: [(_context: unknown, details: { n: number }) => record(name, details.n)],
    onReject: [(_context: unknown, error: GraphQLError) => record(name, foundIn(error))],
  });
  validate(schema, document, [
    maxDepthRule({ ...capture('depth'), flattenFragments: true }),
    maxAliasesRule(capture('aliases')),
    maxDirectivesRule(capture('directives')),
  ]);
  return found;
}

/**
 * Reads a document before GraphQL validates it: graphql-js's own rules are quadratic in places (10,000 aliases take it
 * half a second), so a hostile document must be refused before they run. The caller checks the token count first,
 * which bounds the work here.
 */
export function readDocument(
  schema: GraphQLSchema,
  request: { query: string; operationName: string | null },
  ceiling: OperationLimits,
): ReadDocument {
  const tokens = countTokens(request.query);
  if (tokens === null || tokens > ceiling.tokens) return { kind: 'not-measurable' };
  let document: DocumentNode;
  try {
    document = parse(request.query, { maxTokens: ceiling.tokens, noLocation: true });
  } catch {
    return { kind: 'not-measurable' };
  }
  const operation = getOperationAST(document, request.operationName);
  if (!operation) return { kind: 'not-measurable' };
  return { kind: 'read', document, operation, counts: { tokens, ...armorCounts(schema, document, ceiling) } };
}

/** Every limit's value for one request: the document's counts and its size with these variables. */
export function measure(
  schema: GraphQLSchema,
  read: Extract<ReadDocument, { kind: 'read' }>,
  variables: Readonly<Record<string, unknown>>,
  sizes: SizeOptions,
): Measurement {
  return { ...read.counts, ...measureSize(schema, read.document, read.operation, variables, sizes) };
}

/** The first limit the measurement exceeds, in the order a client can best act on. */
export function exceededLimit(
  measurement: Measurement,
  limits: OperationLimits,
): { limit: LimitName; value: number; maximum: number } | null {
  for (const limit of ['tokens', 'depth', 'aliases', 'directives', 'selections', 'cost'] as const) {
    if (measurement[limit] > limits[limit]) return { limit, value: measurement[limit], maximum: limits[limit] };
  }
  return null;
}
