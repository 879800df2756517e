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
export { readServiceEnv, type ServiceSettings, serviceVariables } from './env';
export { erasedPersonErrors, lockPersonForErasure, recordErasedPerson } from './erasure/erased-person-ids';
export { resolvePersonalDataReference } from './erasure/personal-data-reference';
export { badUserInput, checkText, errorCodes, forbidden, notFound, type UserError, userError } from './errors';
export { type GroupPage, type GroupPageKey, groupPageLoader, type RankedRow } from './group-page-loader';
export {
  createHttpServer,
  defaultHttpLimits,
  type HttpLimits,
  type HttpServerOptions,
  type Readiness,
  requestIdHeader,
} from './http-server';
export { createLifecycle, type Lifecycle, type LifecycleStep, StopTimeoutError } from './lifecycle/lifecycle';
export {
  addSubgraphSteps,
  graphqlUrlOf,
  type RunningSubgraphs,
  type SubgraphStepsOptions,
} from './lifecycle/subgraph-steps';
export { createLogger, type LogLevel } from './logger';
export {
  addressTag,
  type ChallengeOptions,
  challengeKeyProblems,
  challengeKeyVariable,
  checkProofOfWork,
  createParticipationChallenge,
  defaultChallengeLifetimeMs,
  developmentChallengeKey,
  type ProofOfWorkChallenge,
  type ProofOfWorkCheck,
  solveParticipationChallenge,
} from './proof-of-work';
export { runService } from './run-service';
export {
  CountryCode,
  DateScalar,
  DateTime,
  EmailAddress,
  isUuid,
  JsonObject,
  scalarResolvers,
  URLScalar,
  UUID,
} from './scalars';
export { buildFederatedSchema } from './schema';
export { stopOnSignals } from './shutdown';
export { baseSdl } from './subgraph/base-sdl';
export type { DeadLetters, RequestContext, SubgraphContext } from './subgraph/context';
export { deadLetterFieldNames } from './subgraph/dead-letter-sdl';
export {
  defineSubgraph,
  type MountedSubgraph,
  type MountOptions,
  type Subgraph,
  type SubgraphDefinition,
  type SubgraphEvents,
} from './subgraph/define-subgraph';
export type { ExportHandler, ExportRequest, ExportResult } from './subgraph/exports';
export { createSubgraphServer, type SubgraphServer, type SubgraphServerOptions } from './subgraph-server';
export { registerTracing, startTracing, type Tracing, tracingEnabled } from './tracing/start-tracing';
export { type TracingSettings, tracingVariables } from './tracing/variables';
