import type { Caller } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import { changedFields } from '@mitmach/events';
import { erasedPersonErrors, type UserError, userError } from '@mitmach/server-kit';
import { type ConferenceRow, erasedPersonIds, type SessionRow } from '../../db/schema';
import { conferencePartChanged } from '../../events/change-events';
import { lockManagedConference, notCancelled, requireConferenceManager } from '../conferences/conference-access';
import { daysByConferenceIds } from '../conferences/conferences.repository';
import { checkFieldSlugs, checkIds, checkOptionalText, checkText } from '../input-checks';
import {
  deleteSession,
  insertSession,
  type NewSession,
  sessionById,
  sessionCount,
  updateSessionRow,
} from './agenda.repository';
import { liesInsideADay } from './session-times';

const maxSessions = 60;
const maxSpeakers = 10;
// The columns of a session the agenda shows; an edit that leaves them all as they are changes nothing.
const sessionFields = [
  'kind',
  'title',
  'description',
  'room',
  'startsAt',
  'endsAt',
  'speakerIds',
  'fieldSlug',
] as const;

export interface SessionResult {
  session: SessionRow | null;
  userErrors: UserError[];
}

export interface AddSessionCommand {
  conferenceId: string;
  kind: SessionRow['kind'];
  title: string;
  description?: string | null;
  room?: string | null;
  startsAt: Date;
  endsAt: Date;
  speakerIds?: string[] | null;
  fieldOfAction?: string | null;
}

export interface UpdateSessionCommand {
  sessionId: string;
  kind?: SessionRow['kind'] | null;
  title?: string | null;
  description?: string | null;
  room?: string | null;
  startsAt?: Date | null;
  endsAt?: Date | null;
  speakerIds?: string[] | null;
  fieldOfAction?: string | null;
}

const rejected = (userErrors: UserError[]): SessionResult => ({ session: null, userErrors });

function checkDetails(command: Omit<UpdateSessionCommand, 'sessionId' | 'kind'>): UserError[] {
  return [
    ...(command.title != null ? checkText(command.title, ['input', 'title'], 'The title', 3, 200) : []),
    ...checkOptionalText(command.description, ['input', 'description'], 'The description', 4000),
    ...checkOptionalText(command.room, ['input', 'room'], 'The room', 200),
    ...(command.speakerIds ? checkIds(command.speakerIds, ['input', 'speakerIds'], 'speakers', maxSpeakers) : []),
    ...(command.fieldOfAction != null ? checkFieldSlugs([command.fieldOfAction], ['input', 'fieldOfAction'], 1) : []),
  ];
}

async function checkTimes(tx: Db, conference: ConferenceRow, period: { startsAt: Date; endsAt: Date }) {
  if (period.endsAt <= period.startsAt) {
    return [userError(['input', 'endsAt'], 'A session must end after it starts.', 'END_BEFORE_START')];
  }
  const days = await daysByConferenceIds(tx, [conference.id]);
  return liesInsideADay(period, days)
    ? []
    : [
        userError(
          ['input', 'startsAt'],
          `The session must lie inside one of the days of ${conference.title}: ${days
            .map((day) => `${day.startsAt.toISOString()} to ${day.endsAt.toISOString()}`)
            .join(', ')}.`,
          'OUTSIDE_CONFERENCE_DAYS',
        ),
      ];
}

export async function addSession(db: Db, caller: Caller, command: AddSessionCommand): Promise<SessionResult> {
  requireConferenceManager(caller);
  const errors = checkDetails(command);
  if (errors.length > 0) return rejected(errors);
  return db.transaction(async (tx) => {
    const erased = await erasedSpeakers(tx, command.speakerIds);
    if (erased.length > 0) return rejected(erased);
    const managed = await lockManagedConference(tx, caller, command.conferenceId, ['input', 'conferenceId']);
    if (managed.error) return rejected([managed.error]);
    const conference = managed.conference;
    const cancelled = notCancelled(conference, ['input', 'conferenceId']);
    if (cancelled.length > 0) return rejected(cancelled);
    if ((await sessionCount(tx, conference.id)) >= maxSessions) {
      return rejected([
        userError(['input', 'conferenceId'], `An agenda has at most ${maxSessions} sessions.`, 'AGENDA_FULL'),
      ]);
    }
    const timeErrors = await checkTimes(tx, conference, command);
    if (timeErrors.length > 0) return rejected(timeErrors);
    const session = await insertSession(tx, {
      conferenceId: conference.id,
      kind: command.kind,
      title: command.title.trim(),
      description: command.description?.trim() ?? null,
      room: command.room?.trim() ?? null,
      startsAt: command.startsAt,
      endsAt: command.endsAt,
      speakerIds: command.speakerIds ?? [],
      fieldSlug: command.fieldOfAction ?? null,
    });
    await conferencePartChanged(tx, conference, 'agenda');
    return { session, userErrors: [] };
  });
}

/** An erased person speaks nowhere again. */
function erasedSpeakers(tx: Db, speakerIds: readonly string[] | null | undefined) {
  return erasedPersonErrors(tx, erasedPersonIds, speakerIds ?? [], ['input', 'speakerIds']);
}

/** Finds the session and locks its conference, so that the agenda and the days cannot change meanwhile. */
async function lockSession(
  tx: Db,
  caller: Caller,
  sessionId: string,
): Promise<
  | { session: SessionRow; conference: ConferenceRow; error?: never }
  | { session?: never; conference?: never; error: UserError }
> {
  const notFound = { error: userError(['input', 'sessionId'], 'There is no session with this id.', 'NOT_FOUND') };
  const found = await sessionById(tx, sessionId);
  if (!found) return notFound;
  const managed = await lockManagedConference(tx, caller, found.conferenceId, ['input', 'sessionId']);
  if (managed.error) return notFound;
  const session = await sessionById(tx, sessionId);
  return session ? { session, conference: managed.conference } : notFound;
}

export async function updateSession(db: Db, caller: Caller, command: UpdateSessionCommand): Promise<SessionResult> {
  requireConferenceManager(caller);
  const errors = checkDetails(command);
  if (errors.length > 0) return rejected(errors);
  return db.transaction(async (tx) => {
    const erased = await erasedSpeakers(tx, command.speakerIds);
    if (erased.length > 0) return rejected(erased);
    const locked = await lockSession(tx, caller, command.sessionId);
    if (locked.error) return rejected([locked.error]);
    const { session, conference } = locked;
    const cancelled = notCancelled(conference, ['input', 'sessionId']);
    if (cancelled.length > 0) return rejected(cancelled);
    const period = { startsAt: command.startsAt ?? session.startsAt, endsAt: command.endsAt ?? session.endsAt };
    const timeErrors = await checkTimes(tx, conference, period);
    if (timeErrors.length > 0) return rejected(timeErrors);
    const patch: Partial<NewSession> = {
      ...period,
      ...(command.kind ? { kind: command.kind } : {}),
      ...(command.title != null ? { title: command.title.trim() } : {}),
      ...(command.description !== undefined ? { description: command.description?.trim() ?? null } : {}),
      ...(command.room !== undefined ? { room: command.room?.trim() ?? null } : {}),
      ...(command.speakerIds ? { speakerIds: command.speakerIds } : {}),
      ...(command.fieldOfAction !== undefined ? { fieldSlug: command.fieldOfAction } : {}),
    };
    if (changedFields(sessionFields, session, patch).length === 0) return { session, userErrors: [] };
    const updated = await updateSessionRow(tx, session.id, patch);
    await conferencePartChanged(tx, conference, 'agenda');
    return { session: updated, userErrors: [] };
  });
}

export async function removeSession(
  db: Db,
  caller: Caller,
  command: { sessionId: string },
): Promise<{ removedSessionId: string | null; conference: ConferenceRow | null; userErrors: UserError[] }> {
  requireConferenceManager(caller);
  return db.transaction(async (tx) => {
    const locked = await lockSession(tx, caller, command.sessionId);
    if (locked.error) return { removedSessionId: null, conference: null, userErrors: [locked.error] };
    const cancelled = notCancelled(locked.conference, ['input', 'sessionId']);
    if (cancelled.length > 0) return { removedSessionId: null, conference: null, userErrors: cancelled };
    await deleteSession(tx, locked.session.id);
    const conference = await conferencePartChanged(tx, locked.conference, 'agenda');
    return { removedSessionId: locked.session.id, conference, userErrors: [] };
  });
}
