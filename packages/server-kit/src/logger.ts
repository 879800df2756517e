import pino, { type Logger } from 'pino';
import { traceLogFields } from './tracing/log-fields';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export function createLogger(name: string, level: LogLevel): Logger {
  return pino({
    name,
    level,
    base: { service: name },
    mixin: traceLogFields,
    redact: { paths: ['req.headers.authorization', 'req.headers["x-mitmach-caller"]'], censor: '[redacted]' },
  });
}
