import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import { seesOnlyPublic } from '@mitmach/auth';
import type { FastifyInstance } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { baseApolloOptions } from './apollo-options';
import { createHttpServer, type Readiness } from './http-server';
import type { RequestContext } from './subgraph/context';
import { registerSignedCaller, type SignedCallerOptions } from './subgraph/signed-caller';

export interface SubgraphServerOptions<Context extends RequestContext> {
  schema: GraphQLSchema;
  logger: Logger;
  signedCaller: SignedCallerOptions;
  createContext: (base: RequestContext) => Context;
  readiness: () => Promise<Readiness>;
}

export interface SubgraphServer {
  app: FastifyInstance;
  apollo: ApolloServer<RequestContext>;
}

// Answers that depend on who asks must never land in a shared cache. Partners see the public view, so what they are
// answered is shared like an anonymous answer, but for the fields that mark themselves private.
const privateBeyondThePublicView: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async executionDidStart({ contextValue, overallCachePolicy }) {
        if (!seesOnlyPublic(contextValue.caller)) overallCachePolicy.restrict({ scope: 'PRIVATE' });
      },
    };
  },
};

export async function createSubgraphServer<Context extends RequestContext>(
  options: SubgraphServerOptions<Context>,
): Promise<SubgraphServer> {
  const logger = options.logger;
  const app = createHttpServer({ logger, readiness: options.readiness });
  registerSignedCaller(app, options.signedCaller);
  const apollo = new ApolloServer<RequestContext>({
    schema: options.schema,
    ...baseApolloOptions<RequestContext>(logger),
    plugins: [
      fastifyApolloDrainPlugin(app),
      ApolloServerPluginCacheControl({ defaultMaxAge: 0, calculateHttpHeaders: true }),
      privateBeyondThePublicView,
    ],
  });
  await apollo.start();
  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    context: async (request) =>
      options.createContext({ caller: request.caller, requestId: request.id, log: request.log as Logger }),
  });
  return { app, apollo };
}
