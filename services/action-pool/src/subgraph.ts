import { buildFederatedSchema, readSubgraphSdl } from '@mitmach/server-kit';
import type { GraphQLSchema } from 'graphql';
import { packageRoot } from './paths';
import { resolvers } from './resolvers';

export const subgraphName = 'action-pool';

export function actionPoolSchema(): GraphQLSchema {
  return buildFederatedSchema(readSubgraphSdl(packageRoot), resolvers);
}
