export { chromiumPath, launchBrowser } from './browser';
export { type Federation, type FederationOptions, startFederation, startSubgraphFederation } from './federation';
export {
  errorCodes,
  type GraphqlQuery,
  type GraphqlRequestOptions,
  type GraphqlResponse,
  graphqlClient,
} from './graphql-client';
export { staffPersonId, startForFile } from './start-for-file';
export { type StatementCounter, statementCounter } from './statement-counter';
export { type GatewaySettings, silentLogger, startTestGateway, testSecrets, tokenFor, urlOf } from './test-gateway';
