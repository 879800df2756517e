export { type BearerSettings, bearerVerification } from './bearer-config';
export type { GatewayContext } from './caller-data-source';
export { composeSupergraph, registeredSubgraphSdl, type SubgraphSdl } from './compose';
export { type DashboardOidc, type DashboardOptions, registerDashboard } from './dashboard/dashboard-routes';
export { embeddedJwtSecret } from './development-secret';
export { connectQuotaStore } from './edge/quota-store';
export { createGatewayServer, type GatewayServer, type GatewayServerOptions } from './gateway-server';
export { supergraphPath } from './paths';
