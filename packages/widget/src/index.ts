import { fileURLToPath } from 'node:url';

/** The widget's major version: the path segment of its script, which never changes what it serves. */
export const widgetVersion = 'v1';

/**
 * The folder with the built script (dist/), for the gateway that serves it. Found relative to this module, so it
 * also holds in the gateway's bundle, which carries the package's `files` (dist/) along.
 */
export function widgetDistDirectory(): string {
  return fileURLToPath(new URL('../dist/', import.meta.url));
}
