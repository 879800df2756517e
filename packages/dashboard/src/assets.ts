import { fileURLToPath } from 'node:url';

/** The built dashboard (index.html and its assets), one level below the package root as source and in a bundle. */
export const dashboardDistDir = fileURLToPath(new URL('../dist', import.meta.url));

/** Where the browser tests keep their screenshots of every page. */
export const dashboardScreenshotsDir = fileURLToPath(new URL('../.cache/screenshots', import.meta.url));
