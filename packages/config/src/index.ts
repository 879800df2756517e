export { ConfigError, type CrossCheck, type EnvSource, parseEnv, parseEnvOrExit } from './parse-env';
export { booleanFlag, host, httpUrl, logLevel, port, positiveInteger, postgresUrl, secret } from './variables';
