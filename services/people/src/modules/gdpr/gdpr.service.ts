import { type Caller, isPerson, isStaff } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import { erasingServices } from '@mitmach/events';
import { forbidden, notFound, type UserError, userError } from '@mitmach/server-kit';
import type { CalendarFeedRow, PersonRow, TeamMembershipRow } from '../../db/schema';
import { personDeleted, teamMembershipChanged } from '../../events/change-events';
import { personErased } from '../../events/person-events';
import { calendarFeedOf, deleteCalendarFeed } from '../calendar-feed/calendar-feed.repository';
import { formerMember, lockPerson, personsByIds } from '../people/people.repository';
import { membershipsByPersonIds } from '../teams/teams.repository';
import {
  deleteGuestAndMailRecords,
  deleteMembershipsOfPerson,
  deletePersonRow,
  erasureOf,
  forgetMembershipRecorder,
  membershipIdsRecordedBy,
  recordErasure,
} from './gdpr.repository';

export interface ServiceErasure {
  service: string;
  appliedAt: Date | null;
}

export interface PersonErasure {
  personId: string;
  erasedAt: Date;
  complete: boolean;
  services: ServiceErasure[];
}

export interface ErasePersonResult {
  person: PersonRow | null;
  erasure: PersonErasure | null;
  userErrors: UserError[];
}

export interface PersonalData {
  exportedAt: Date;
  person: PersonRow;
  teamMemberships: TeamMembershipRow[];
  recordedTeamMembershipIds: string[];
  calendarFeed: CalendarFeedRow | null;
}

const rejected = (error: UserError): ErasePersonResult => ({ person: null, erasure: null, userErrors: [error] });

function checkOwnDataRights(caller: Caller, personId: string, action: string): void {
  if (!isStaff(caller) && !isPerson(caller, personId)) {
    throw forbidden(`Only the person themself and staff may ${action}.`);
  }
}

/**
 * Erases a person in one transaction: ends their team roles, forgets them as recorder of others' roles, deletes their
 * calendar feed's address, their guest records and applications (unconfirmed ones made with their address too), their
 * reminders and the messages to them, and their row; keeps their id as erased and writes `people.person-changed`
 * (deleted) and then `people.person-erased` for the other services, in that order on the person's topic, so that a
 * consumer that forgets the person on the erasure has seen the change before. The row lock makes a second,
 * simultaneous erasure wait and then find the person erased, so the events are written once.
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
    await eraseHere(tx, current);
    await personDeleted(tx, current);
    const erasure = await personErased(tx, { id: current.id, erasedAt });
    await recordErasure(tx, { personId: current.id, erasureId: erasure.id, erasedAt });
    return {
      person: formerMember({ personId: current.id, erasedAt }),
      erasure: erasureStatus({ personId: current.id, erasedAt, acknowledgements: [] }),
      userErrors: [],
    };
  });
}

/**
 * This service's part of an erasure, on a locked person row: team roles end, the person is forgotten as recorder of
 * others' roles, their calendar feed's address, guest records and every message to them (pending ones included, so
 * none goes out after the erasure) are deleted, and so is their row. Finds nothing to do a second time.
 */
export async function eraseHere(tx: Db, person: { id: string; email: string | null }): Promise<void> {
  for (const membership of await deleteMembershipsOfPerson(tx, person.id)) {
    await teamMembershipChanged(tx, { ...membership, version: membership.version + 1 }, 'deleted');
  }
  await deleteCalendarFeed(tx, person.id);
  await deleteGuestAndMailRecords(tx, person);
  await forgetMembershipRecorder(tx, person.id);
  await deletePersonRow(tx, person.id);
}

/** This service applies an erasure at once; the others count once they acknowledge it. */
function erasureStatus(erasure: {
  personId: string;
  erasedAt: Date;
  acknowledgements: { service: string; appliedAt: Date }[];
}): PersonErasure {
  const applied = new Map(erasure.acknowledgements.map((entry) => [entry.service, entry.appliedAt]));
  const services = [
    { service: 'people', appliedAt: erasure.erasedAt },
    ...erasingServices.map((service) => ({ service, appliedAt: applied.get(service) ?? null })),
  ];
  return {
    personId: erasure.personId,
    erasedAt: erasure.erasedAt,
    complete: services.every((entry) => entry.appliedAt !== null),
    services,
  };
}

/** Where each service stands with the erasure of a person, for the person themself and staff. */
export async function personErasure(db: Db, caller: Caller, personId: string): Promise<PersonErasure | null> {
  checkOwnDataRights(caller, personId, 'see the erasure of a person');
  const erasure = await erasureOf(db, personId);
  return erasure ? erasureStatus(erasure) : null;
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
