export { parseCommandLineOrExit } from './command-line';
export { ConfigError, type CrossCheck, type EnvSource, parseEnv, parseEnvOrExit } from './parse-env';
export {
  booleanFlag,
  host,
  httpUrl,
  logLevel,
  nodeEnv,
  port,
  positiveInteger,
  positiveMilliseconds,
  postgresUrl,
  secret,
} from './variables';
