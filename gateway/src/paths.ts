import { fileURLToPath } from 'node:url';

// One level below the package root both as source (src/, scripts/) and as bundle (dist/).
export const gatewayRoot = fileURLToPath(new URL('..', import.meta.url));
export const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
export const supergraphPath = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));
