export { errorCodes, type GraphqlRequestOptions, type GraphqlResponse, graphqlClient } from './graphql-client';
export { silentLogger, startTestGateway, statementCounter, testSecrets, tokenFor, urlOf } from './test-gateway';
