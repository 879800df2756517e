// SQLSTATE codes of failures the database survives: the same work succeeds once the moment has passed.
const transientSqlStates = new Set([
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  '55P03', // lock_not_available (lock_timeout)
  '57014', // query_canceled (statement_timeout)
  '25P03', // idle_in_transaction_session_timeout
  '53300', // too_many_connections
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down)
]);

// Codes of connections that broke or never came about: postgres.js's own and Node's socket errors.
const transientConnectionCodes = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_DESTROYED',
  'CONNECTION_ENDED',
  'CONNECT_TIMEOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

// kafkajs names its retriable errors so (broker not available, leader moved, request timed out).
const transientErrorNames = new Set([
  'KafkaJSConnectionError',
  'KafkaJSRequestTimeoutError',
  'KafkaJSNumberOfRetriesExceeded',
]);

/**
 * Whether a failure will pass by itself: a lost connection, a deadlock, a serialization failure, a lock or statement
 * timeout, a broker that is away. Such failures are retried for as long as they last; only the others count towards
 * a dead letter. Drivers and ORMs wrap errors, so the whole `cause` chain is looked at.
 */
export function isTransientFault(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 8; depth += 1) {
    const { code, name, retriable } = current as { code?: unknown; name?: unknown; retriable?: unknown };
    if (typeof code === 'string' && (transientSqlStates.has(code) || transientConnectionCodes.has(code))) return true;
    if (typeof code === 'string' && code.startsWith('08')) return true; // connection_exception class
    if (typeof name === 'string' && transientErrorNames.has(name)) return true;
    if (retriable === true) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
