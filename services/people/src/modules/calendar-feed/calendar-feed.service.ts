import { type Caller, isPerson, isStaff } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import { forbidden, type UserError, userError } from '@mitmach/server-kit';
import type { CalendarFeedRow } from '../../db/schema';
import { lockPerson } from '../people/people.repository';
import { calendarFeedByToken, calendarFeedOf, replaceCalendarFeedToken } from './calendar-feed.repository';
import { feedTokenPattern, newFeedToken } from './feed-token';

export interface ResetCalendarFeedResult {
  calendarFeed: CalendarFeedRow | null;
  userErrors: UserError[];
}

const rejected = (error: UserError): ResetCalendarFeedResult => ({ calendarFeed: null, userErrors: [error] });

/** The caller's own feed, if they are a person and one was issued. */
export function myCalendarFeed(db: Db, caller: Caller): Promise<CalendarFeedRow | null> | null {
  return caller.personId ? calendarFeedOf(db, caller.personId) : null;
}

/**
 * Issues a new token under the person's row lock, so that an erasure running at the same time either comes first (and
 * the reset finds the person erased) or deletes the new token after it.
 */
export async function resetCalendarFeedUrl(
  db: Db,
  caller: Caller,
  command: { personId: string },
): Promise<ResetCalendarFeedResult> {
  // Refused before anything is read, so that the answer tells a stranger nothing about the id.
  if (!isStaff(caller) && !isPerson(caller, command.personId)) {
    throw forbidden("Only the person themself and staff may reset a person's calendar feed.");
  }
  return db.transaction(async (tx) => {
    const person = await lockPerson(tx, command.personId);
    if (!person) return rejected(userError(['input', 'personId'], 'There is no person with this id.', 'NOT_FOUND'));
    if (person.erasedAt) {
      return rejected(userError(['input', 'personId'], 'The person was erased; they have no feed.', 'ALREADY_ERASED'));
    }
    return { calendarFeed: await replaceCalendarFeedToken(tx, person.id, newFeedToken()), userErrors: [] };
  });
}

/** The person whose feed the token opens, or null; a token of the wrong shape is not looked up at all. */
export async function personOfFeedToken(db: Db, token: string): Promise<string | null> {
  if (!feedTokenPattern.test(token)) return null;
  const feed = await calendarFeedByToken(db, token);
  return feed?.personId ?? null;
}
