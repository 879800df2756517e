export { type Federation, type FederationOptions, startFederation } from './federation';
export { errorCodes, type GraphqlRequestOptions, type GraphqlResponse, graphqlClient } from './graphql-client';
export { type StatementCounter, statementCounter } from './statement-counter';
export { silentLogger, startTestGateway, testSecrets, tokenFor, urlOf } from './test-gateway';
