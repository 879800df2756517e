import { type UserError, userError } from '@mitmach/server-kit';
import type { ConferenceRow } from '../../db/schema';
import { checkText } from '../input-checks';
import { localDate } from '../zoned-time';
import { timeZoneOf, timeZones } from './time-zones';

const maxDays = 7;
const maxCapacity = 10_000;

export interface DayCommand {
  startsAt: Date;
  endsAt: Date;
}

export interface Day extends DayCommand {
  date: string;
}

export interface VenueCommand {
  name: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  location: { lat: number; lng: number };
}

const postalCodePatterns: Record<string, RegExp> = {
  DE: /^\d{5}$/,
  AT: /^\d{4}$/,
  CH: /^\d{4}$/,
  IT: /^\d{5}$/,
};

/** The time zone a conference in `country` uses; a given one must be that one. */
export function checkTimeZone(country: string, timeZone: string | null | undefined, field: string[]): UserError[] {
  if (timeZone == null) return [];
  if (!timeZones.includes(timeZone)) {
    return [userError(field, `The time zone must be one of ${timeZones.join(', ')}, got "${timeZone}".`)];
  }
  const expected = timeZoneOf(country);
  return timeZone === expected
    ? []
    : [userError(field, `Conferences in ${country} use ${expected}, not ${timeZone}.`, 'TIME_ZONE_MISMATCH')];
}

/** Each day starts before it ends on one calendar date of the time zone; the days follow each other on different dates. */
export function checkDays(days: readonly DayCommand[], timeZone: string, field: string[]): UserError[] {
  if (days.length < 1 || days.length > maxDays) {
    return [userError(field, `A conference has 1 to ${maxDays} days, got ${days.length}.`)];
  }
  const errors: UserError[] = [];
  days.forEach((day, index) => {
    const at = [...field, String(index)];
    if (day.endsAt <= day.startsAt) {
      errors.push(userError([...at, 'endsAt'], 'A day must end after it starts.', 'END_BEFORE_START'));
    } else if (localDate(day.startsAt, timeZone) !== localDate(day.endsAt, timeZone)) {
      errors.push(
        userError([...at, 'endsAt'], `A day must start and end on the same date in ${timeZone}.`, 'NOT_ONE_DAY'),
      );
    }
    const previous = days[index - 1];
    if (previous && localDate(day.startsAt, timeZone) <= localDate(previous.startsAt, timeZone)) {
      errors.push(
        userError([...at, 'startsAt'], 'The days must be given in order, each on a later date.', 'DATES_OUT_OF_ORDER'),
      );
    }
  });
  return errors;
}

export function toDays(days: readonly DayCommand[], timeZone: string): Day[] {
  return days.map((day) => ({ ...day, date: localDate(day.startsAt, timeZone) }));
}

export function checkVenue(venue: VenueCommand, field: string[]): UserError[] {
  const errors = [
    ...checkText(venue.name, [...field, 'name'], 'The venue name', 2, 200),
    ...checkText(venue.street, [...field, 'street'], 'The street', 2, 200),
    ...checkText(venue.city, [...field, 'city'], 'The city', 2, 100),
  ];
  if (!postalCodePatterns[venue.country]?.test(venue.postalCode)) {
    errors.push(
      userError([...field, 'postalCode'], `"${venue.postalCode}" is no postal code of ${venue.country}.`, 'INVALID'),
    );
  }
  const { lat, lng } = venue.location;
  if (!Number.isFinite(lat) || lat < -90 || lat > 90) {
    errors.push(
      userError([...field, 'location', 'lat'], `Latitude must be between -90 and 90, got ${lat}.`, 'OUT_OF_RANGE'),
    );
  }
  if (!Number.isFinite(lng) || lng < -180 || lng > 180) {
    errors.push(
      userError([...field, 'location', 'lng'], `Longitude must be between -180 and 180, got ${lng}.`, 'OUT_OF_RANGE'),
    );
  }
  return errors;
}

/** A venue is needed wherever people meet in person. */
export function checkVenueNeeded(
  mode: ConferenceRow['attendanceMode'],
  venue: VenueCommand | null,
  field: string[],
): UserError[] {
  return mode !== 'online' && !venue
    ? [userError(field, 'A conference that meets in person needs a venue.', 'VENUE_REQUIRED')]
    : [];
}

export function checkCapacity(capacity: number, field: string[]): UserError[] {
  return Number.isInteger(capacity) && capacity >= 1 && capacity <= maxCapacity
    ? []
    : [userError(field, `The capacity must be between 1 and ${maxCapacity}, got ${capacity}.`, 'OUT_OF_RANGE')];
}

/** The venue columns of a conference row. */
export function venueColumns(venue: VenueCommand | null) {
  return {
    venueName: venue?.name.trim() ?? null,
    venueStreet: venue?.street.trim() ?? null,
    venuePostalCode: venue?.postalCode ?? null,
    venueCity: venue?.city.trim() ?? null,
    venueCountry: venue?.country ?? null,
    venueLat: venue?.location.lat ?? null,
    venueLng: venue?.location.lng ?? null,
  };
}

export function venueOf(conference: ConferenceRow) {
  const { venueName, venueStreet, venuePostalCode, venueCity, venueCountry, venueLat, venueLng } = conference;
  if (venueName == null || venueStreet == null || venuePostalCode == null || venueCity == null) return null;
  if (venueCountry == null || venueLat == null || venueLng == null) return null;
  return {
    name: venueName,
    address: { street: venueStreet, postalCode: venuePostalCode, city: venueCity, country: venueCountry },
    location: { lat: venueLat, lng: venueLng },
  };
}
