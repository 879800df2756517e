import { fileURLToPath } from 'node:url';

// One level below the package root both as source (src/) and as bundle (dist/).
export const packageRoot = fileURLToPath(new URL('..', import.meta.url));
export const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));
