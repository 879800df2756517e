import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { GraphQLSchema } from 'graphql';
import { gql } from 'graphql-tag';

/**
 * A subgraph's SDL: `src/schema/*.graphql` (the federation `@link` and shared types) followed by every module's
 * `src/modules/<module>/*.graphql`, in a stable order so that composition output does not drift.
 */
export function readSubgraphSdl(packageRoot: string): string {
  const files = [
    ...globSync('src/schema/*.graphql', { cwd: packageRoot }).sort(),
    ...globSync('src/modules/**/*.graphql', { cwd: packageRoot }).sort(),
  ];
  if (files.length === 0) throw new Error(`No SDL files under ${packageRoot}/src`);
  return files.map((file) => readFileSync(join(packageRoot, file), 'utf8')).join('\n');
}

export function buildFederatedSchema(sdl: string, resolvers: unknown): GraphQLSchema {
  return buildSubgraphSchema({ typeDefs: gql(sdl), resolvers: resolvers as GraphQLResolverMap<unknown> });
}
