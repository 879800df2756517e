import { createHash } from 'node:crypto';
import type { Caller } from '@mitmach/auth';
import { errorCodes } from '@mitmach/server-kit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';
import { sendDocumentErrors } from '../graphql-response';
import { describeStringProblem, findBadLiteral, findBadVariable, type StringProblem } from '../input-strings';
import { ceilingOf, type LimitName, type LimitTiers, limitsFor } from './limits';
import { countTokens, exceededLimit, measure, type ReadDocument, readDocument } from './measure';
import type { SizeOptions } from './page-cost';

const describe: Record<LimitName, (value: number, maximum: number) => string> = {
  tokens: (_value, maximum) => `The document has more than ${maximum} tokens; at most ${maximum} are allowed.`,
  depth: (value, maximum) => `The operation is nested ${value} levels deep; at most ${maximum} are allowed.`,
  aliases: (value, maximum) => `The operation uses ${value} aliases; at most ${maximum} are allowed.`,
  directives: (value, maximum) => `The operation uses ${value} directives; at most ${maximum} are allowed.`,
  selections: (value, maximum) =>
    `The operation selects ${value} fields once its fragments are expanded; at most ${maximum} are allowed.`,
  cost: (value, maximum) =>
    `The operation may return ${value} objects, counted by page sizes (first × nested first); at most ${maximum} ` +
    'are allowed. Ask for smaller pages or fewer nested lists.',
};

function refuse(
  request: FastifyRequest,
  reply: FastifyReply,
  exceeded: { limit: LimitName; value: number; maximum: number },
) {
  request.log.warn({ operationLimit: exceeded }, 'operation refused by its limits');
  return sendDocumentErrors(request, reply, [
    {
      message: describe[exceeded.limit](exceeded.value, exceeded.maximum),
      extensions: { code: errorCodes.operationLimitExceeded, ...exceeded },
    },
  ]);
}

interface GraphqlParameters {
  query: string;
  operationName: string | null;
  variables: Record<string, unknown>;
}

function jsonObject(value: unknown): Record<string, unknown> | null {
  if (typeof value === 'string') {
    try {
      return jsonObject(JSON.parse(value));
    } catch {
      return null;
    }
  }
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** The operation a GraphQL request carries, from a POST body or GET parameters; null when there is none to check. */
function parametersOf(request: FastifyRequest): GraphqlParameters | null {
  const source = jsonObject(request.method === 'GET' ? request.query : request.body);
  if (!source || typeof source.query !== 'string') return null;
  return {
    query: source.query,
    operationName: typeof source.operationName === 'string' ? source.operationName : null,
    variables: jsonObject(source.variables) ?? {},
  };
}

export interface OperationGuardOptions {
  path: string;
  tiers: LimitTiers;
  /** The longest text any argument or variable may hold. */
  maxStringLength: number;
  sizes: SizeOptions;
  schema: GraphQLSchema;
  callerOf: (request: FastifyRequest) => Caller;
}

/**
 * Refuses an operation over the caller's limits before GraphQL parses, validates or plans it, with an error that names
 * the limit, the value and the maximum. What does not depend on variables is kept per document, so a partner's repeated
 * query costs a cache lookup and one linear walk for its page sizes.
 */
export function registerOperationGuard(app: FastifyInstance, options: OperationGuardOptions): void {
  const ceiling = ceilingOf(options.tiers);
  const documents = new LRUCache<string, { read: ReadDocument; badLiteral: StringProblem | null }>({ max: 1_000 });
  app.addHook('preHandler', async (request, reply) => {
    if (request.routeOptions.url !== options.path || (request.method !== 'GET' && request.method !== 'POST')) return;
    const parameters = parametersOf(request);
    if (!parameters) return;
    const { schema } = options;
    // Hashed, so that the cache's memory does not grow with the documents' size.
    const key = createHash('sha256')
      .update(`${parameters.operationName ?? ''}\u0000${parameters.query}`)
      .digest('hex');
    const limits = limitsFor(options.tiers, options.callerOf(request));
    let known = documents.get(key);
    if (!known) {
      const tokens = countTokens(parameters.query, limits.tokens);
      if (tokens !== null && tokens > limits.tokens) {
        return refuse(request, reply, { limit: 'tokens', value: tokens, maximum: limits.tokens });
      }
      const read = readDocument(schema, parameters, ceiling);
      if (read.kind !== 'read') return;
      known = { read, badLiteral: findBadLiteral(read.document, options.maxStringLength) };
      documents.set(key, known);
    }
    if (known.read.kind !== 'read') return;
    const exceeded = exceededLimit(measure(schema, known.read, parameters.variables, options.sizes), limits);
    if (exceeded) return refuse(request, reply, exceeded);
    const badString = known.badLiteral ?? findBadVariable(parameters.variables, options.maxStringLength);
    if (badString) {
      return sendDocumentErrors(request, reply, [
        {
          message: describeStringProblem(badString, options.maxStringLength),
          extensions: { code: errorCodes.badUserInput, argument: badString.where },
        },
      ]);
    }
  });
}
