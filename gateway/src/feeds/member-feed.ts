import type { Caller } from '@mitmach/auth';
import { ICalEventStatus } from 'ical-generator';
import { newCalendar, uidDomain } from './calendar';
import { newest } from './conditional-response';
import { addConferenceEvents } from './conference-events';
import type { RunOperation } from './gateway-operation';
import {
  type ExchangeMeetingsPage,
  exchangeMeetingsQuery,
  type FeedMeeting,
  type MemberRegistration,
  type MyEnrollmentsPage,
  type MyRegistrationsPage,
  myEnrollmentsQuery,
  myRegistrationsQuery,
} from './member-operations';
import { wallClock } from './wall-clock';

/** As many entries of each kind as a member could gather in years; a feed never pages on without end. */
export const maxMemberFeedEntries = 500;
const pageSize = 100;
/** What lies behind stays this long, so that the calendar keeps last month's conference. */
const keptForMs = 30 * 24 * 3600 * 1000;
// Exchange meetings are online and scheduled in the network's time (see the learning service's cohort dates).
const meetingTimeZone = 'Europe/Berlin';

interface Reader {
  run: RunOperation;
  caller: Caller;
  requestId: string;
}

interface Connection<Node> {
  edges: { node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Reads a connection page by page, up to the feed's limit. */
async function allPages<Node>(page: (after: string | null) => Promise<Connection<Node>>): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | null = null;
  do {
    const connection: Connection<Node> = await page(after);
    nodes.push(...connection.edges.map((edge) => edge.node));
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after && nodes.length < maxMemberFeedEntries);
  return nodes.slice(0, maxMemberFeedEntries);
}

function registrations(reader: Reader): Promise<MemberRegistration[]> {
  return allPages(async (after) => {
    const page = await reader.run<MyRegistrationsPage>(
      myRegistrationsQuery,
      { first: pageSize, after },
      reader.caller,
      reader.requestId,
    );
    return page.myConferenceRegistrations;
  });
}

/** The exchange meetings of the programmes and cohorts the member is enrolled in, the last month's and every later. */
async function meetings(reader: Reader, since: Date): Promise<FeedMeeting[]> {
  const enrollments = await allPages(async (after) => {
    const page = await reader.run<MyEnrollmentsPage>(
      myEnrollmentsQuery,
      { first: pageSize, after },
      reader.caller,
      reader.requestId,
    );
    return page.myEnrollments;
  });
  // A programme's meetings are for the people of each of its cohorts too.
  const programIds = new Set<string>();
  const cohortIds = new Set<string>();
  for (const enrollment of enrollments) {
    if (enrollment.program) programIds.add(enrollment.program.id);
    if (enrollment.cohort) {
      cohortIds.add(enrollment.cohort.id);
      programIds.add(enrollment.cohort.program.id);
    }
  }
  // The filter's criteria must all hold, so programmes and cohorts are asked for apart.
  const filters = [
    ...(programIds.size > 0 ? [{ programIds: [...programIds] }] : []),
    ...(cohortIds.size > 0 ? [{ cohortIds: [...cohortIds] }] : []),
  ];
  const read = (filter: Record<string, unknown>) => (after: string | null) =>
    reader
      .run<ExchangeMeetingsPage>(
        exchangeMeetingsQuery,
        { first: pageSize, after, filter },
        reader.caller,
        reader.requestId,
      )
      .then((page) => page.exchangeMeetings);
  const found = await Promise.all(
    filters.flatMap((filter) => [
      allPages(read({ ...filter, period: 'UPCOMING' })),
      // Past meetings come latest first; the first page reaches back further than the feed keeps.
      read({ ...filter, period: 'PAST' })(null).then((page) => page.edges.map((edge) => edge.node)),
    ]),
  );
  const byId = new Map(found.flat().map((meeting) => [meeting.id, meeting]));
  return [...byId.values()]
    .filter((meeting) => Date.parse(meeting.startsAt) >= since.getTime())
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id))
    .slice(0, maxMemberFeedEntries);
}

function expertNames(meeting: FeedMeeting): string[] {
  return meeting.experts.flatMap((expert) => {
    const name = expert.person?.displayName ?? expert.name;
    return name ? [name] : [];
  });
}

function meetingDescription(meeting: FeedMeeting): string {
  const audience = meeting.cohort?.title ?? meeting.program?.title;
  const experts = expertNames(meeting);
  return [
    audience ? `Austauschtreffen für ${audience}` : 'Austauschtreffen',
    ...(experts.length > 0 ? [`Mit ${experts.join(', ')}`] : []),
    ...(meeting.joinUrl ? [`Teilnehmen: ${meeting.joinUrl}`] : []),
    '',
    meeting.description,
  ].join('\n');
}

export interface MemberFeed {
  body: string;
  lastModified: Date | null;
}

/**
 * The member's own calendar: the conferences they registered for (a place on the waitlist as tentative, a cancelled
 * registration not at all, a cancelled conference as cancelled) and the exchange meetings of their programmes and
 * cohorts, from a month back on. Read through the gateway as the member, so it shows what the API shows them.
 */
export async function memberFeed(reader: Reader, now: Date): Promise<MemberFeed> {
  const since = new Date(now.getTime() - keptForMs);
  const [registered, meetingsOfMember] = await Promise.all([registrations(reader), meetings(reader, since)]);
  const kept = registered.filter(
    (registration) =>
      registration.status !== 'CANCELLED' &&
      registration.conference.days.some((day) => Date.parse(day.endsAt) >= since.getTime()),
  );
  const calendar = newCalendar(
    'Meine Mitmach-Termine',
    'Meine Anmeldungen zu Mitmach-Konferenzen und Austauschtreffen',
  );
  for (const registration of kept) {
    const waitlisted = registration.status === 'WAITLISTED';
    addConferenceEvents(calendar, registration.conference, {
      uidPrefix: 'member-',
      status: waitlisted ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
      ...(waitlisted ? { note: `Auf der Warteliste (Platz ${registration.waitlistPosition ?? '?'})` } : {}),
    });
  }
  for (const meeting of meetingsOfMember) {
    const lastModified = new Date(meeting.updatedAt);
    const end = new Date(Date.parse(meeting.startsAt) + meeting.durationMinutes * 60_000);
    calendar.createEvent({
      id: `member-exchange-meeting-${meeting.id}@${uidDomain}`,
      start: wallClock(meeting.startsAt, meetingTimeZone),
      end: wallClock(end, meetingTimeZone),
      timezone: meetingTimeZone,
      // As in the conference feeds: DTSTAMP is the last change, so the feed and its ETag stay the same until then.
      stamp: lastModified,
      lastModified,
      sequence: meeting.version,
      summary: `Austauschtreffen: ${meeting.topic}`,
      description: meetingDescription(meeting),
      location: 'Online',
      status: ICalEventStatus.CONFIRMED,
      categories: [{ name: 'Austauschtreffen' }],
      ...(meeting.joinUrl ? { url: meeting.joinUrl } : {}),
    });
  }
  return {
    body: calendar.toString(),
    lastModified: newest([
      ...kept.flatMap((registration) => [
        registration.conference.updatedAt,
        registration.promotedAt ?? registration.registeredAt,
      ]),
      ...meetingsOfMember.map((meeting) => meeting.updatedAt),
    ]),
  };
}
