export { type SubgraphConfig, subgraphs } from '../supergraph.config';
export { type BearerSettings, bearerVerification } from './bearer-config';
export type { GatewayContext } from './caller-data-source';
export { composeSupergraph } from './compose';
export { embeddedJwtSecret } from './development-secret';
export { createGatewayServer, type GatewayServer, type GatewayServerOptions } from './gateway-server';
export { repositoryRoot, supergraphPath } from './paths';
