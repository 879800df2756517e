export { baseApolloOptions, formatErrorFor } from './apollo-options';
export { entityLoader, groupLoader } from './batching';
export {
  type Connection,
  defaultPageSize,
  maxPageSize,
  type Page,
  type PageArgs,
  readPage,
  toConnection,
} from './connection';
export { deadLetterResolvers } from './dead-letters';
export { fromGraphqlEnum, toGraphqlEnum } from './enum-values';
export { badUserInput, errorCodes, forbidden, notFound, type UserError, userError } from './errors';
export { createHttpServer, type HttpServerOptions, requestIdHeader } from './http-server';
export { createLogger, type LogLevel } from './logger';
export { runService, type ServiceSettings } from './run-service';
export { CountryCode, DateScalar, DateTime, EmailAddress, isUuid, scalarResolvers, URLScalar, UUID } from './scalars';
export { buildFederatedSchema, readSubgraphSdl } from './schema';
export { stopOnSignals } from './shutdown';
export type { SubgraphModule, SubgraphServerContext, WorkerContext } from './subgraph-module';
export {
  createSubgraphServer,
  type RequestContext,
  type SubgraphServer,
  type SubgraphServerOptions,
} from './subgraph-server';
