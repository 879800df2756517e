import { buildFederatedSchema, readSubgraphSdl } from '@mitmach/server-kit';
import type { GraphQLSchema } from 'graphql';
import { packageRoot } from './paths';
import { resolvers } from './resolvers';

export const subgraphName = 'people';

export function peopleSchema(): GraphQLSchema {
  return buildFederatedSchema(readSubgraphSdl(packageRoot), resolvers);
}
