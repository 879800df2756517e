import { parseEnvOrExit, postgresUrl } from '@mitmach/config';

/** What re-applying erasures needs: the people service's database. */
export const env = parseEnvOrExit({ DATABASE_URL: postgresUrl() }, process.env);
