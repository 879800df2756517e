// Writes gateway/supergraph.graphql from the registered services' SDL; with --check, fails when the committed file
// differs from a fresh composition.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { composeSupergraph, registeredSubgraphSdl } from '../src/compose';
import { supergraphPath } from '../src/paths';

const composed = composeSupergraph(registeredSubgraphSdl());
if (process.argv.includes('--check')) {
  const committed = existsSync(supergraphPath) ? readFileSync(supergraphPath, 'utf8') : '';
  if (committed !== composed) {
    process.stderr.write('gateway/supergraph.graphql is out of date: run `npm run compose` and commit the result.\n');
    process.exit(1);
  }
  process.stdout.write('supergraph.graphql matches the subgraph SDL\n');
} else {
  writeFileSync(supergraphPath, composed);
  process.stdout.write(`wrote ${supergraphPath}\n`);
}
