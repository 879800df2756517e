import { buildFederatedSchema, readSubgraphSdl } from '@mitmach/server-kit';
import type { GraphQLSchema } from 'graphql';
import { packageRoot } from './paths';
import { resolvers } from './resolvers';

export const subgraphName = 'statistics';

export function statisticsSchema(): GraphQLSchema {
  return buildFederatedSchema(readSubgraphSdl(packageRoot), resolvers);
}
