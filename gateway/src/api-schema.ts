import { printSchema, Supergraph } from '@apollo/federation-internals';

/**
 * The schema partners program against: the supergraph without its federation machinery, as the gateway exposes it.
 * Published as a file and at /schema.graphql, since introspection is off in production.
 */
export function apiSchemaSdl(supergraphSdl: string): string {
  // Printed by federation's own printer: its graphql-js schema objects come from the CommonJS build of graphql.
  return `${printSchema(Supergraph.build(supergraphSdl).apiSchema())}\n`;
}
