export {
  connectPostgres,
  type DatabaseConnection,
  type Db,
  type DrizzleOptions,
  type MigrationOptions,
  openPglite,
  type PgliteOptions,
  type PostgresOptions,
} from './database';
export type { StatementObserver } from './observed-client';
export { inWindow, rankWithin } from './ranking';
export { selectRows } from './rows';
export { seedId } from './seed-id';
