import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import { type Caller, callerHeader, isAuthenticated, readCallerHeader } from '@mitmach/auth';
import type { FastifyInstance } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { baseApolloOptions } from './apollo-options';
import { createHttpServer } from './http-server';

/** What every resolver of every subgraph receives. */
export interface RequestContext {
  caller: Caller;
  requestId: string;
  log: Logger;
}

export interface SubgraphServerOptions<Context extends RequestContext> {
  name: string;
  schema: GraphQLSchema;
  logger: Logger;
  /** Shared secret with the gateway, to verify the caller header. */
  callerSecret: string;
  createContext: (base: RequestContext) => Context;
  ready: () => Promise<boolean>;
}

export interface SubgraphServer {
  app: FastifyInstance;
  apollo: ApolloServer<RequestContext>;
}

// Answers that depend on who asks must never land in a shared cache.
const privateForAuthenticatedCallers: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async executionDidStart({ contextValue, overallCachePolicy }) {
        if (isAuthenticated(contextValue.caller)) overallCachePolicy.restrict({ scope: 'PRIVATE' });
      },
    };
  },
};

export async function createSubgraphServer<Context extends RequestContext>(
  options: SubgraphServerOptions<Context>,
): Promise<SubgraphServer> {
  const logger = options.logger.child({ subgraph: options.name });
  const app = createHttpServer({
    logger,
    readiness: async () => ({ ready: await options.ready() }),
  });
  const apollo = new ApolloServer<RequestContext>({
    schema: options.schema,
    ...baseApolloOptions<RequestContext>(logger),
    plugins: [
      fastifyApolloDrainPlugin(app),
      ApolloServerPluginCacheControl({ defaultMaxAge: 0, calculateHttpHeaders: true }),
      privateForAuthenticatedCallers,
    ],
  });
  await apollo.start();
  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    context: async (request) => {
      const caller = await readCallerHeader(request.headers[callerHeader], options.callerSecret);
      return options.createContext({ caller, requestId: request.id, log: request.log as Logger });
    },
  });
  return { app, apollo };
}
