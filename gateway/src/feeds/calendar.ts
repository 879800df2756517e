import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { type ICalCalendar } from 'ical-generator';

/** Domain of every UID the feeds write: a UID stays the same for the same event in every feed and every request. */
export const uidDomain = 'mitmach-regionen';

/**
 * An empty calendar that writes a VTIMEZONE for every time zone its events use, so that calendar applications show
 * each event at its venue's local time, daylight saving time included.
 */
export function newCalendar(name: string, description: string): ICalCalendar {
  const calendar = ical({
    name,
    description,
    prodId: { company: 'Mitmach-Regionen', product: 'Feeds', language: 'DE' },
    // Calendar applications poll subscriptions; an hour keeps them current without hammering the API.
    ttl: 3600,
  });
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  return calendar;
}
