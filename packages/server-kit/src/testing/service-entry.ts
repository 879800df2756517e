// A service entry point reduced to its configuration step, for the test of what every service reads at start-up.
import { readServiceEnv } from '../env';

const settings = readServiceEnv(4999);
process.stdout.write(`configured for port ${settings.PORT}\n`);
