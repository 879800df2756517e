import { logLevel, parseEnvOrExit, postgresUrl } from '@mitmach/config';
import { eventTransportVariables } from '@mitmach/events';

/** What the rebuild command needs: the service's database and event transport. */
export const env = parseEnvOrExit(
  { DATABASE_URL: postgresUrl(), LOG_LEVEL: logLevel(), ...eventTransportVariables },
  process.env,
);
