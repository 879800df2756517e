import type { Db } from '@mitmach/db';
import { asc, eq } from 'drizzle-orm';
import { type ActionRow, type AdoptionRow, actions, adoptions } from '../../db/schema';

/** The actions the person created, oldest first. */
export function actionsCreatedBy(db: Db, personId: string): Promise<ActionRow[]> {
  return db
    .select()
    .from(actions)
    .where(eq(actions.createdBy, personId))
    .orderBy(asc(actions.createdAt), asc(actions.id));
}

/** The adoptions the person recorded, oldest first. */
export function adoptionsCreatedBy(db: Db, personId: string): Promise<AdoptionRow[]> {
  return db
    .select()
    .from(adoptions)
    .where(eq(adoptions.createdBy, personId))
    .orderBy(asc(adoptions.createdAt), asc(adoptions.id));
}
