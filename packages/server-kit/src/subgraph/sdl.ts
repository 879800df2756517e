import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { baseSdl } from './base-sdl';
import { deadLetterSdl } from './dead-letter-sdl';
import { type SharedType, sharedTypeSdl } from './shared-types';

/** The SDL a service writes itself: `src/schema/*.graphql`, then every `src/modules/<module>/*.graphql`, sorted. */
export function readOwnSdl(packageRoot: string): string {
  const files = [
    ...globSync('src/schema/*.graphql', { cwd: packageRoot }).sort(),
    ...globSync('src/modules/**/*.graphql', { cwd: packageRoot }).sort(),
  ];
  if (files.length === 0) throw new Error(`No SDL files under ${packageRoot}/src`);
  return files.map((file) => readFileSync(join(packageRoot, file), 'utf8')).join('\n');
}

/**
 * A subgraph's whole SDL: the shared part, the shared value types it names, the service's own, and its dead-letter
 * fields when it consumes events.
 */
export function assembleSubgraphSdl(options: {
  name: string;
  ownSdl: string;
  consumesEvents: boolean;
  sharedTypes?: readonly SharedType[];
}): string {
  return [
    baseSdl,
    ...(options.sharedTypes ?? []).map((type) => sharedTypeSdl[type]),
    options.ownSdl,
    ...(options.consumesEvents ? [deadLetterSdl(options.name)] : []),
  ]
    .map((part) => part.trim())
    .join('\n\n')
    .concat('\n');
}
