import { type Caller, isPerson, isStaff } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import { forbidden, notFound, type UserError, userError } from '@mitmach/server-kit';
import type { CalendarFeedRow, PersonRow, TeamMembershipRow } from '../../db/schema';
import { personDeleted, teamMembershipChanged } from '../../events/change-events';
import { personErased } from '../../events/person-events';
import { calendarFeedOf, deleteCalendarFeed } from '../calendar-feed/calendar-feed.repository';
import { lockPerson, personsByIds } from '../people/people.repository';
import { membershipsByPersonIds } from '../teams/teams.repository';
import {
  anonymisePerson,
  deleteGuestAndMailRecords,
  deleteMembershipsOfPerson,
  membershipIdsRecordedBy,
} from './gdpr.repository';

export interface ErasePersonResult {
  person: PersonRow | null;
  userErrors: UserError[];
}

export interface PersonalData {
  exportedAt: Date;
  person: PersonRow;
  teamMemberships: TeamMembershipRow[];
  recordedTeamMembershipIds: string[];
  calendarFeed: CalendarFeedRow | null;
}

const rejected = (error: UserError): ErasePersonResult => ({ person: null, userErrors: [error] });

function checkOwnDataRights(caller: Caller, personId: string, action: string): void {
  if (!isStaff(caller) && !isPerson(caller, personId)) {
    throw forbidden(`Only the person themself and staff may ${action}.`);
  }
}

/**
 * Erases a person in one transaction: anonymises the row, ends their team roles, deletes their calendar feed's
 * address and writes `people.person-erased`
 * for the other services. The row lock makes a second, simultaneous erasure wait and then find the person erased, so
 * the event is written once.
 */
export async function erasePerson(db: Db, caller: Caller, command: { personId: string }): Promise<ErasePersonResult> {
  // Refused before anything is read, so that the answer tells a stranger nothing about the id.
  checkOwnDataRights(caller, command.personId, 'erase a person');
  return db.transaction(async (tx) => {
    const current = await lockPerson(tx, command.personId);
    if (!current) return rejected(userError(['input', 'personId'], 'There is no person with this id.', 'NOT_FOUND'));
    if (current.erasedAt) {
      return rejected(
        userError(
          ['input', 'personId'],
          `The person was already erased on ${current.erasedAt.toISOString()}.`,
          'ALREADY_ERASED',
        ),
      );
    }
    const erasedAt = new Date();
    for (const membership of await deleteMembershipsOfPerson(tx, current.id)) {
      await teamMembershipChanged(tx, { ...membership, version: membership.version + 1 }, 'deleted');
    }
    await deleteCalendarFeed(tx, current.id);
    await deleteGuestAndMailRecords(tx, current.id);
    const person = await anonymisePerson(tx, current.id, erasedAt);
    await personErased(tx, { id: person.id, erasedAt });
    await personDeleted(tx, person.id);
    return { person, userErrors: [] };
  });
}

/** Everything this service stores about a person, for the person themself and staff. */
export async function exportPersonalData(db: Db, caller: Caller, personId: string): Promise<PersonalData> {
  checkOwnDataRights(caller, personId, "export a person's data");
  const [person] = await personsByIds(db, [personId]);
  if (!person) throw notFound(`There is no person with id ${personId}.`);
  const [teamMemberships, recordedTeamMembershipIds, calendarFeed] = await Promise.all([
    membershipsByPersonIds(db, [personId]),
    membershipIdsRecordedBy(db, personId),
    calendarFeedOf(db, personId),
  ]);
  return { exportedAt: new Date(), person, teamMemberships, recordedTeamMembershipIds, calendarFeed };
}
