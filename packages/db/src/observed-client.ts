import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { Sql, TransactionSql } from 'postgres';

/**
 * Told when a statement is sent; the function it returns, if any, is called once the statement has finished, with the
 * error when it failed.
 */
export type StatementObserver = (sql: string) => ((error?: unknown) => void) | undefined;

type Variadic = (...args: unknown[]) => unknown;

/**
 * The client with some methods replaced. Everything else runs on the client itself, bound to it, because PGlite keeps
 * its state in private fields that a proxy cannot reach.
 */
function withMethods<Client extends object>(client: Client, methods: Record<string, Variadic>): Client {
  return new Proxy(client, {
    get(target, property) {
      if (typeof property === 'string' && Object.hasOwn(methods, property)) return methods[property];
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** The client's method that sends one statement, with `observer` seeing it from the call until it settles. */
function observedStatement(client: object, method: string, observer: StatementObserver): Variadic {
  const send = Reflect.get(client, method) as Variadic;
  return (sql, ...rest) => {
    const pending = send.call(client, sql, ...rest) as PromiseLike<unknown>;
    const finished = observer(sql as string);
    // Promise.prototype.then rather than the query's own: a postgres.js query is sent by its first `then`, before
    // drizzle has said whether it wants the rows as arrays.
    if (finished) Promise.prototype.then.call(pending, () => finished(), finished);
    return pending;
  };
}

/** The client's method that runs a callback (its last argument) in a transaction, handing it an observed client. */
function observedScope<Scope>(client: object, method: string, observe: (scope: Scope) => Scope): Variadic {
  const run = Reflect.get(client, method) as Variadic;
  return (...args) => {
    const callback = args.at(-1) as (scope: Scope) => unknown;
    return run.call(client, ...args.slice(0, -1), (scope: Scope) => callback(observe(scope)));
  };
}

/** A postgres.js client whose statements, those in transactions and savepoints included, `observer` sees. */
export function observePostgres<Client extends Sql | TransactionSql>(
  client: Client,
  observer: StatementObserver,
): Client {
  const observe = (scope: TransactionSql) => observePostgres(scope, observer);
  return withMethods(client, {
    unsafe: observedStatement(client, 'unsafe', observer),
    begin: observedScope(client, 'begin', observe),
    savepoint: observedScope(client, 'savepoint', observe),
  });
}

/** A PGlite client whose statements, those in transactions included, `observer` sees. */
export function observePglite<Client extends PGlite | Transaction>(
  client: Client,
  observer: StatementObserver,
): Client {
  return withMethods(client, {
    query: observedStatement(client, 'query', observer),
    transaction: observedScope(client, 'transaction', (scope: Transaction) => observePglite(scope, observer)),
  });
}
