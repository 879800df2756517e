// Writes gateway/supergraph.graphql from the registered services' SDL and gateway/schema.graphql, the public API
// schema derived from it; with --check, fails when a committed file differs from a fresh composition.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { apiSchemaSdl } from '../src/api-schema';
import { composeSupergraph, registeredSubgraphSdl } from '../src/compose';
import { apiSchemaPath, supergraphPath } from '../src/paths';

const supergraph = composeSupergraph(registeredSubgraphSdl());
const files = [
  { path: supergraphPath, content: supergraph },
  { path: apiSchemaPath, content: apiSchemaSdl(supergraph) },
];
if (process.argv.includes('--check')) {
  const stale = files.filter((file) => !existsSync(file.path) || readFileSync(file.path, 'utf8') !== file.content);
  for (const file of stale) {
    process.stderr.write(`${file.path} is out of date: run \`npm run codegen\` and commit the result.\n`);
  }
  if (stale.length > 0) process.exit(1);
  process.stdout.write('supergraph.graphql and schema.graphql match the subgraph SDL\n');
} else {
  for (const file of files) writeFileSync(file.path, file.content);
  process.stdout.write(`wrote ${files.map((file) => file.path).join(', ')}\n`);
}
