import type { Db } from '@mitmach/db';

/** Runs `work` in one transaction: everything it writes lands together or not at all. */
export function inTransaction<Result>(db: Db, work: (tx: Db) => Promise<Result>): Promise<Result> {
  return db.transaction((transaction) => work(transaction as unknown as Db));
}
