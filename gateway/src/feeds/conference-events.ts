import { type ICalCalendar, ICalEventStatus } from 'ical-generator';
import { uidDomain } from './calendar';
import type { FeedConference } from './conference-operations';
import { wallClock } from './wall-clock';

const formatNames: Record<FeedConference['format'], string> = {
  MITMACH_KONFERENZ: 'Mitmach-Konferenz',
  MITMACH_WERKSTATT: 'Mitmach-Werkstatt',
  SUCCESS_WORKSHOP: 'Erfolgs-Workshop',
};

const countryNames: Record<string, string> = {
  DE: 'Deutschland',
  AT: 'Österreich',
  CH: 'Schweiz',
  IT: 'Italien',
};

export function locationOf(conference: FeedConference): string {
  const venue = conference.venue;
  if (!venue) return 'Online';
  const { street, postalCode, city, country } = venue.address;
  return [venue.name, street, `${postalCode} ${city}`, countryNames[country] ?? country].join('\n');
}

function descriptionOf(conference: FeedConference): string {
  const lines = [`${formatNames[conference.format]} der Mitmach-Region ${conference.region.name}`];
  if (conference.attendanceMode === 'HYBRID') lines.push('Vor Ort und online');
  if (conference.description) lines.push('', conference.description);
  return lines.join('\n');
}

export interface ConferenceEventOptions {
  /** Prefix of the UIDs, so that a conference in a member's own feed is not mistaken for the public entry. */
  uidPrefix?: string;
  /** The status the entries are shown in; by default the conference's own. */
  status?: ICalEventStatus;
  /** A note put before the description (e.g. a place on the waitlist). */
  note?: string;
}

/**
 * One entry per day of the conference, from the day's start to its end in the venue's time zone: a two-day
 * conference is two evenings free in between, not one block of 48 hours. Each day's UID is the conference id and the
 * date, stable for as long as the day stays in the programme.
 */
export function addConferenceEvents(
  calendar: ICalCalendar,
  conference: FeedConference,
  options: ConferenceEventOptions = {},
): void {
  const lastModified = new Date(conference.updatedAt);
  const cancelled = conference.status === 'CANCELLED';
  const status = cancelled ? ICalEventStatus.CANCELLED : (options.status ?? ICalEventStatus.CONFIRMED);
  const description = options.note ? `${options.note}\n\n${descriptionOf(conference)}` : descriptionOf(conference);
  conference.days.forEach((day, index) => {
    const summary =
      conference.days.length > 1
        ? `${conference.title} (Tag ${index + 1}/${conference.days.length})`
        : conference.title;
    calendar.createEvent({
      id: `${options.uidPrefix ?? ''}conference-${conference.id}-${day.date}@${uidDomain}`,
      start: wallClock(day.startsAt, conference.timeZone),
      end: wallClock(day.endsAt, conference.timeZone),
      timezone: conference.timeZone,
      // Without a scheduling method DTSTAMP is the time the information was last changed (RFC 5545, 3.8.7.2), which
      // keeps the feed byte for byte the same, and its ETag with it, until something changes.
      stamp: lastModified,
      lastModified,
      summary: cancelled ? `Abgesagt: ${summary}` : summary,
      description,
      location: conference.venue
        ? {
            title: conference.venue.name,
            address: locationOf(conference).split('\n').slice(1).join(', '),
            geo: { lat: conference.venue.location.lat, lon: conference.venue.location.lng },
          }
        : 'Online',
      status,
      categories: [
        { name: formatNames[conference.format] },
        ...conference.fieldsOfAction.map((f) => ({ name: f.nameDe })),
      ],
      ...(conference.region.website ? { url: conference.region.website } : {}),
    });
  });
}
