import type {
  Event,
  EventAttendanceModeEnumeration,
  EventStatusType,
  Organization,
  Place,
  VirtualLocation,
  WithContext,
} from 'schema-dts';
import type { ConferenceDayRow, ConferenceRow } from '../../db/schema';

type AttendanceMode = ConferenceRow['attendanceMode'];

import { venueOf } from '../conferences/conference-input';

/** What this subgraph learns of the conference's region from the regions subgraph (via @requires). */
export interface RegionFacts {
  name: string;
  website: string | null;
}

const attendanceModes: Record<AttendanceMode, EventAttendanceModeEnumeration> = {
  in_person: 'https://schema.org/OfflineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
};

const formatNames: Record<ConferenceRow['format'], string> = {
  mitmach_konferenz: 'Mitmach-Konferenz',
  mitmach_werkstatt: 'Mitmach-Werkstatt',
  success_workshop: 'Erfolgs-Workshop',
};

// South Tyrol's conferences are held in German and Italian; the rest of the network speaks German.
function languagesOf(country: string): string | string[] {
  return country === 'IT' ? ['de', 'it'] : 'de';
}

/** ISO 8601 with the offset the time zone has at that instant, e.g. 2027-07-15T09:30:00+02:00. */
export function localIso(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'longOffset',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : String(parts.timeZoneName).replace('GMT', '');
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}

function locationOf(conference: ConferenceRow): Place | VirtualLocation {
  const venue = venueOf(conference);
  if (!venue) return { '@type': 'VirtualLocation', name: 'Online' };
  return {
    '@type': 'Place',
    name: venue.name,
    address: {
      '@type': 'PostalAddress',
      streetAddress: venue.address.street,
      postalCode: venue.address.postalCode,
      addressLocality: venue.address.city,
      addressCountry: venue.address.country,
    },
    geo: { '@type': 'GeoCoordinates', latitude: venue.location.lat, longitude: venue.location.lng },
  };
}

/**
 * A conference as a schema.org Event: one event from the first day's start to the last day's end, and for a
 * conference of several days each day as a sub-event, so that search engines show the real days.
 */
export function conferenceStructuredData(
  conference: ConferenceRow,
  days: readonly ConferenceDayRow[],
  region: RegionFacts,
  remainingCapacity: number,
): WithContext<Event> {
  const organizer: Organization = {
    '@type': 'Organization',
    name: `Regional-Team der Mitmach-Region ${region.name}`,
    ...(region.website ? { url: region.website } : {}),
  };
  const eventStatus: EventStatusType =
    conference.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled';
  const location = locationOf(conference);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': `urn:uuid:${conference.id}`,
    name: conference.title,
    ...(conference.description ? { description: conference.description } : {}),
    startDate: localIso(conference.startsAt, conference.timeZone),
    endDate: localIso(conference.endsAt, conference.timeZone),
    eventStatus,
    eventAttendanceMode: attendanceModes[conference.attendanceMode],
    location,
    organizer,
    inLanguage: languagesOf(conference.country),
    about: formatNames[conference.format],
    isAccessibleForFree: true,
    maximumAttendeeCapacity: conference.capacity,
    remainingAttendeeCapacity: remainingCapacity,
    ...(region.website
      ? {
          url: region.website,
          offers: {
            '@type': 'Offer',
            url: region.website,
            price: 0,
            priceCurrency: 'EUR',
            availability: remainingCapacity > 0 ? 'https://schema.org/InStock' : 'https://schema.org/SoldOut',
          },
        }
      : {}),
    ...(days.length > 1
      ? {
          subEvent: days.map(
            (day, index): Event => ({
              '@type': 'Event',
              name: `${conference.title}, Tag ${index + 1}`,
              startDate: localIso(day.startsAt, conference.timeZone),
              endDate: localIso(day.endsAt, conference.timeZone),
              eventStatus,
              location,
            }),
          ),
        }
      : {}),
  };
}
