import { fileURLToPath } from 'node:url';

// One level below the package root both as source (src/, scripts/) and as bundle (dist/).
export const supergraphPath = fileURLToPath(new URL('../supergraph.graphql', import.meta.url));
export const apiSchemaPath = fileURLToPath(new URL('../schema.graphql', import.meta.url));
