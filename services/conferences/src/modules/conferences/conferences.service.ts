import { type Caller, canManageRegion } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import { forbidden, type UserError, userError } from '@mitmach/server-kit';
import type { ConferenceRow, ConferenceStatus, NewConference } from '../../db/schema';
import { conferenceChangedSince, conferenceCreated, conferenceSnapshot } from '../../events/change-events';
import { conferenceHeld, registrationsChanged } from '../../events/conference-events';
import { registrationNotices } from '../../events/registration-notices';
import { sessionsByConferenceIds } from '../agenda/agenda.repository';
import { liesInsideADay } from '../agenda/session-times';
import { checkFieldSlugs, checkOptionalText, checkText } from '../input-checks';
import { activeRegistrationsOf, confirmedCount, promoteWaitlisted } from '../registrations/registrations.repository';
import { lockManagedConference, notCancelled, requireConferenceManager } from './conference-access';
import {
  checkCapacity,
  checkDays,
  checkTimeZone,
  checkVenue,
  checkVenueNeeded,
  type Day,
  type DayCommand,
  toDays,
  type VenueCommand,
  venueColumns,
  venueOf,
} from './conference-input';
import { canTransition, heldStatuses } from './conference-status';
import { insertConference, recordStatusChange, replaceDays, updateConferenceRow } from './conferences.repository';
import { timeZoneOf } from './time-zones';

export interface ConferenceResult {
  conference: ConferenceRow | null;
  userErrors: UserError[];
}

export interface CreateConferenceCommand {
  regionId: string;
  country: string;
  title: string;
  description?: string | null;
  format: ConferenceRow['format'];
  days: DayCommand[];
  timeZone?: string | null;
  attendanceMode: ConferenceRow['attendanceMode'];
  venue?: VenueCommand | null;
  capacity: number;
  fieldsOfAction?: string[] | null;
}

export interface UpdateConferenceCommand {
  conferenceId: string;
  title?: string | null;
  description?: string | null;
  format?: ConferenceRow['format'] | null;
  days?: DayCommand[] | null;
  attendanceMode?: ConferenceRow['attendanceMode'] | null;
  venue?: VenueCommand | null;
  capacity?: number | null;
  fieldsOfAction?: string[] | null;
}

const maxFieldsOfAction = 10;

const rejected = (userErrors: UserError[]): ConferenceResult => ({ conference: null, userErrors });

function periodOf(days: readonly Day[]) {
  const first = days[0];
  const last = days.at(-1);
  if (!first || !last) throw new Error('a conference has at least one day');
  return { startsAt: first.startsAt, endsAt: last.endsAt };
}

function venueCommandOf(conference: ConferenceRow): VenueCommand | null {
  const venue = venueOf(conference);
  return venue ? { ...venue, ...venue.address } : null;
}

export async function createConference(
  db: Db,
  caller: Caller,
  command: CreateConferenceCommand,
): Promise<ConferenceResult> {
  if (!canManageRegion(caller, command.regionId)) {
    throw forbidden("Only staff and the region's own team may create conferences of a region.");
  }
  const timeZone = timeZoneOf(command.country);
  const venue = command.venue ?? null;
  const errors = [
    ...checkText(command.title, ['input', 'title'], 'The title', 3, 200),
    ...checkOptionalText(command.description, ['input', 'description'], 'The description', 4000),
    ...checkTimeZone(command.country, command.timeZone, ['input', 'timeZone']),
    ...checkDays(command.days, timeZone, ['input', 'days']),
    ...checkVenueNeeded(command.attendanceMode, venue, ['input', 'venue']),
    ...(venue ? checkVenue(venue, ['input', 'venue']) : []),
    ...checkCapacity(command.capacity, ['input', 'capacity']),
    ...checkFieldSlugs(command.fieldsOfAction ?? [], ['input', 'fieldsOfAction'], maxFieldsOfAction),
  ];
  if (errors.length > 0) return rejected(errors);
  const days = toDays(command.days, timeZone);
  const conference: NewConference = {
    regionId: command.regionId,
    country: command.country,
    title: command.title.trim(),
    description: command.description?.trim() ?? null,
    format: command.format,
    timeZone,
    attendanceMode: command.attendanceMode,
    capacity: command.capacity,
    status: 'draft',
    ...periodOf(days),
    fieldSlugs: command.fieldsOfAction ?? [],
    ...venueColumns(venue),
    createdBy: caller.personId,
  };
  const row = await db.transaction(async (tx) => {
    const created = await insertConference(tx, conference, days, caller.personId);
    await conferenceCreated(tx, created);
    return created;
  });
  return { conference: row, userErrors: [] };
}

export async function updateConference(
  db: Db,
  caller: Caller,
  command: UpdateConferenceCommand,
): Promise<ConferenceResult> {
  requireConferenceManager(caller);
  const errors = [
    ...(command.title != null ? checkText(command.title, ['input', 'title'], 'The title', 3, 200) : []),
    ...checkOptionalText(command.description, ['input', 'description'], 'The description', 4000),
    ...(command.venue ? checkVenue(command.venue, ['input', 'venue']) : []),
    ...(command.capacity != null ? checkCapacity(command.capacity, ['input', 'capacity']) : []),
    ...(command.fieldsOfAction
      ? checkFieldSlugs(command.fieldsOfAction, ['input', 'fieldsOfAction'], maxFieldsOfAction)
      : []),
  ];
  if (errors.length > 0) return rejected(errors);
  return db.transaction(async (tx) => {
    const managed = await lockManagedConference(tx, caller, command.conferenceId, ['input', 'conferenceId']);
    if (managed.error) return rejected([managed.error]);
    const current = managed.conference;
    const cancelled = notCancelled(current, ['input', 'conferenceId']);
    if (cancelled.length > 0) return rejected(cancelled);
    const before = await conferenceSnapshot(tx, current);

    const held = heldStatuses.includes(current.status);
    const mode = command.attendanceMode ?? current.attendanceMode;
    const venue = command.venue !== undefined ? command.venue : venueCommandOf(current);
    const checks = checkVenueNeeded(mode, venue, ['input', 'venue']);
    let days: Day[] | null = null;
    if (command.days && held) {
      checks.push(userError(['input', 'days'], 'The days of a conference that took place are fixed.', 'ALREADY_HELD'));
    } else if (command.days) {
      const dayErrors = checkDays(command.days, current.timeZone, ['input', 'days']);
      checks.push(...dayErrors);
      if (dayErrors.length === 0) {
        const newDays = toDays(command.days, current.timeZone);
        const outside = (await sessionsByConferenceIds(tx, [current.id])).filter(
          (session) => !liesInsideADay(session, newDays),
        );
        if (outside.length > 0) {
          checks.push(
            userError(
              ['input', 'days'],
              `These sessions would lie outside the days: ${outside.map((session) => session.title).join(', ')}.`,
              'SESSIONS_OUTSIDE_DAYS',
            ),
          );
        }
        days = newDays;
      }
    }
    if (command.capacity != null && held) {
      checks.push(
        userError(['input', 'capacity'], 'The capacity of a conference that took place is fixed.', 'ALREADY_HELD'),
      );
    } else if (command.capacity != null) {
      const confirmed = await confirmedCount(tx, current.id);
      if (command.capacity < confirmed) {
        checks.push(
          userError(
            ['input', 'capacity'],
            `${confirmed} people are confirmed already; the capacity cannot go below that.`,
            'BELOW_CONFIRMED',
          ),
        );
      }
    }
    if (checks.length > 0) return rejected(checks);

    if (days) await replaceDays(tx, current.id, days);
    const conference = await updateConferenceRow(tx, current.id, {
      ...(command.title != null ? { title: command.title.trim() } : {}),
      ...(command.description !== undefined ? { description: command.description?.trim() ?? null } : {}),
      ...(command.format ? { format: command.format } : {}),
      ...(command.attendanceMode ? { attendanceMode: command.attendanceMode } : {}),
      ...(command.venue !== undefined ? venueColumns(command.venue) : {}),
      ...(command.capacity != null ? { capacity: command.capacity } : {}),
      ...(command.fieldsOfAction ? { fieldSlugs: command.fieldsOfAction } : {}),
      ...(days ? periodOf(days) : {}),
    });
    if (conference.capacity > current.capacity) {
      const free = conference.capacity - (await confirmedCount(tx, conference.id));
      const promoted = await promoteWaitlisted(tx, conference.id, free, new Date());
      await registrationsChanged(
        tx,
        conference,
        promoted.filter((row) => !row.awaitingConfirmation),
      );
      await registrationNotices(
        tx,
        conference,
        promoted.map((registration) => ({ kind: 'promoted', registration })),
      );
    }
    if (command.title != null || command.venue !== undefined || days) {
      const notices = (await activeRegistrationsOf(tx, conference.id)).map((registration) => ({
        kind: 'conference_changed' as const,
        registration,
      }));
      await registrationNotices(tx, conference, notices);
    }
    return { conference: await conferenceChangedSince(tx, before), userErrors: [] };
  });
}

export async function changeConferenceStatus(
  db: Db,
  caller: Caller,
  command: { conferenceId: string; status: ConferenceStatus; note?: string | null },
): Promise<ConferenceResult> {
  requireConferenceManager(caller);
  const noteErrors = checkOptionalText(command.note, ['input', 'note'], 'The note', 1000);
  if (noteErrors.length > 0) return rejected(noteErrors);
  return db.transaction(async (tx) => {
    const managed = await lockManagedConference(tx, caller, command.conferenceId, ['input', 'conferenceId']);
    if (managed.error) return rejected([managed.error]);
    const current = managed.conference;
    if (!canTransition(current.status, command.status)) {
      return rejected([
        userError(
          ['input', 'status'],
          `A conference cannot move from ${current.status.toUpperCase()} to ${command.status.toUpperCase()}.`,
          'ILLEGAL_TRANSITION',
        ),
      ]);
    }
    if (command.status === 'held' && current.startsAt > new Date()) {
      return rejected([
        userError(
          ['input', 'status'],
          `${current.title} starts at ${current.startsAt.toISOString()}; it can be HELD once its first day has begun.`,
          'TOO_EARLY',
        ),
      ]);
    }
    const before = await conferenceSnapshot(tx, current);
    const conference = await updateConferenceRow(tx, current.id, { status: command.status });
    await recordStatusChange(tx, {
      conferenceId: current.id,
      from: current.status,
      to: command.status,
      note: command.note?.trim() ?? null,
      changedBy: caller.personId,
    });
    if (conference.status === 'held') await conferenceHeld(tx, conference);
    if (conference.status === 'cancelled') {
      const notices = (await activeRegistrationsOf(tx, conference.id)).map((registration) => ({
        kind: 'conference_cancelled' as const,
        registration,
      }));
      await registrationNotices(tx, conference, notices);
    }
    return { conference: await conferenceChangedSince(tx, before), userErrors: [] };
  });
}
