import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

export interface MailConference {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  venue: string | null;
  online: boolean;
}

/** The conference as a calendar entry (UTC instants, so no time-zone table is needed), stable per conference. */
export function conferenceIcs(conference: MailConference, cancelled = false): string {
  const calendar = ical({
    prodId: { company: 'Mitmach-Regionen', product: 'mail' },
    method: ICalCalendarMethod.PUBLISH,
  });
  calendar.createEvent({
    id: `conference-${conference.id}@mitmach-regionen.org`,
    start: new Date(conference.startsAt),
    end: new Date(conference.endsAt),
    summary: conference.title,
    location: conference.venue ?? (conference.online ? 'Online' : null),
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}
