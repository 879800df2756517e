import { type DatabaseConnection, type Db, selectRows } from '@mitmach/db';
import { sql } from 'drizzle-orm';
import { leases } from '../transport/postgres/eventbus.schema';

/** A write of a role whose holder has lost it; the transaction it was thrown in commits nothing. */
export class LeaseLostError extends Error {
  constructor(readonly role: string) {
    super(`the ${role} role was taken over by another holder`);
  }
}

/** Runs inside a write transaction of the role and throws LeaseLostError unless the caller still holds it. */
export type Fence = (tx: Db) => Promise<void>;

export interface RoleLease {
  readonly role: string;
  readonly generation: number;
  readonly fence: Fence;
  release(): Promise<void>;
}

/**
 * Takes an exclusive role (`outbox-relay:regions`, `consumer:statistics`) with a fencing token. The advisory lock
 * decides who may hold the role among live holders; the generation fences a holder whose lock went away without it
 * noticing (its lock connection ended, the process paused): the successor raises the generation, which waits for
 * every write transaction of the old holder that already checked it (they hold the lease row shared), and every later
 * one finds the generation changed and rolls back. Null when another holder has the role.
 */
export async function acquireRoleLease(connection: DatabaseConnection, role: string): Promise<RoleLease | null> {
  const unlock = await connection.tryLock(role);
  if (!unlock) return null;
  let generation: number;
  try {
    const [row] = await selectRows<{ generation: string | number }>(
      connection.drizzle(),
      sql`insert into ${leases} as lease (name, generation) values (${role}, 1)
          on conflict (name) do update set generation = lease.generation + 1, acquired_at = now()
          returning generation`,
    );
    generation = Number(row?.generation);
  } catch (error) {
    await unlock();
    throw error;
  }
  return {
    role,
    generation,
    async fence(tx) {
      const [row] = await selectRows<{ generation: string | number }>(
        tx,
        sql`select generation from ${leases} where name = ${role} for share`,
      );
      if (Number(row?.generation) !== generation) throw new LeaseLostError(role);
    },
    release: unlock,
  };
}
