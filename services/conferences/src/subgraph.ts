import { buildFederatedSchema, readSubgraphSdl } from '@mitmach/server-kit';
import type { GraphQLSchema } from 'graphql';
import { packageRoot } from './paths';
import { resolvers } from './resolvers';

export const subgraphName = 'conferences';

export function conferencesSchema(): GraphQLSchema {
  return buildFederatedSchema(readSubgraphSdl(packageRoot), resolvers);
}
