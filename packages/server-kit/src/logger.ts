import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';
import { traceLogFields } from './tracing/log-fields';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface LoggerOptions {
  /** One readable line per entry for a person at a terminal; JSON lines otherwise, for log collectors. */
  readable?: boolean;
}

export function createLogger(name: string, level: LogLevel, options: LoggerOptions = {}): Logger {
  const settings = {
    name,
    level,
    base: { service: name },
    mixin: traceLogFields,
    redact: { paths: ['req.headers.authorization', 'req.headers["x-mitmach-caller"]'], censor: '[redacted]' },
  };
  if (!options.readable) return pino(settings);
  return pino(
    settings,
    pretty({ colorize: true, singleLine: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,service' }),
  );
}
