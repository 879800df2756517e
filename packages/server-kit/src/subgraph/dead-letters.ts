import { isStaff } from '@mitmach/auth';
import type { DeadLetterRow } from '@mitmach/events';
import { badUserInput, forbidden } from '../errors';
import { isUuid } from '../scalars';
import type { SubgraphContext } from './context';

type DeadLetterContext = Pick<SubgraphContext, 'caller' | 'deadLetters'>;

function deadLettersOf(context: DeadLetterContext) {
  if (!context.deadLetters) throw new Error('this subgraph consumes no events and has no dead letters');
  return context.deadLetters;
}

/**
 * Resolvers for a consuming service's dead-letter fields: staff list the events the service could not apply and
 * replay one once its cause is fixed. Field names carry the service's name, since every consuming service has them.
 */
export function deadLetterResolvers(fields: { list: string; replay: string }) {
  return {
    Query: {
      [fields.list]: (
        _parent: unknown,
        args: { includeReplayed?: boolean | null },
        context: DeadLetterContext,
      ): Promise<DeadLetterRow[]> => {
        if (!isStaff(context.caller)) throw forbidden('Dead letters are visible to staff only.');
        return deadLettersOf(context).list({ includeReplayed: args.includeReplayed ?? false });
      },
    },
    Mutation: {
      [fields.replay]: async (_parent: unknown, args: { input: { id: string } }, context: DeadLetterContext) => {
        if (!isStaff(context.caller)) throw forbidden('Only staff may replay dead letters.');
        if (!isUuid(args.input.id)) throw badUserInput('id must be a UUID', 'id');
        const outcome = await deadLettersOf(context).replay(args.input.id);
        if (!outcome) {
          return {
            applied: false,
            error: null,
            userErrors: [
              { field: ['input', 'id'], message: 'There is no dead letter with this id.', code: 'NOT_FOUND' },
            ],
          };
        }
        return {
          applied: outcome.status !== 'dead-lettered',
          error: outcome.status === 'dead-lettered' ? outcome.error : null,
          userErrors: [],
        };
      },
    },
  };
}
