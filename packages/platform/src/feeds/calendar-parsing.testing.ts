import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  location: string;
  geo: [number, number] | null;
  status: string;
  categories: string[];
  url: string | null;
  timeZone: string;
  /** Local wall-clock start and end as the calendar states them, e.g. 2027-07-15T09:30:00. */
  localStart: string;
  localEnd: string;
  /** The instants they stand for once the feed's VTIMEZONE is applied. */
  start: Date;
  end: Date;
  stamp: Date;
  lastModified: Date;
}

export interface ParsedCalendar {
  name: string;
  productId: string;
  version: string;
  refreshInterval: string | null;
  timeZones: string[];
  events: ParsedEvent[];
}

function text(component: ICAL.Component, name: string): string {
  const value = component.getFirstPropertyValue(name);
  return value === null || value === undefined ? '' : String(value);
}

/**
 * Parses a feed with ical.js, Mozilla's RFC 5545 parser, resolving every TZID against the VTIMEZONE components the feed
 * itself carries (never a zone database of the test), so the instants are what a calendar application computes.
 */
export function parseCalendar(body: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(body));
  const zones = new Map<string, ICAL.Timezone>();
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    const zone = new ICAL.Timezone(vtimezone);
    zones.set(zone.tzid, zone);
  }
  const events = calendar.getAllSubcomponents('vevent').map((vevent): ParsedEvent => {
    const dtstart = vevent.getFirstProperty('dtstart');
    const dtend = vevent.getFirstProperty('dtend');
    const timeZone = String(dtstart?.getParameter('tzid') ?? '');
    const zone = zones.get(timeZone);
    if (!zone) throw new Error(`event ${text(vevent, 'uid')} uses ${timeZone}, which has no VTIMEZONE in the feed`);
    const instant = (property: ICAL.Property | null) => {
      const time = property?.getFirstValue() as ICAL.Time;
      const zoned = ICAL.Time.fromData(
        {
          year: time.year,
          month: time.month,
          day: time.day,
          hour: time.hour,
          minute: time.minute,
          second: time.second,
        },
        zone,
      );
      return { local: time.toString(), date: zoned.toJSDate() };
    };
    const start = instant(dtstart);
    const end = instant(dtend);
    const geo = vevent.getFirstPropertyValue('geo') as [number, number] | null;
    const categories = vevent.getAllProperties('categories').flatMap((property) => property.getValues().map(String));
    const utc = (name: string) => (vevent.getFirstPropertyValue(name) as ICAL.Time).toJSDate();
    return {
      uid: text(vevent, 'uid'),
      summary: text(vevent, 'summary'),
      description: text(vevent, 'description'),
      location: text(vevent, 'location'),
      geo: geo ? [Number(geo[0]), Number(geo[1])] : null,
      status: text(vevent, 'status'),
      categories,
      url: vevent.getFirstPropertyValue('url') ? text(vevent, 'url') : null,
      timeZone,
      localStart: start.local,
      localEnd: end.local,
      start: start.date,
      end: end.date,
      stamp: utc('dtstamp'),
      lastModified: utc('last-modified'),
    };
  });
  return {
    name: text(calendar, 'x-wr-calname'),
    productId: text(calendar, 'prodid'),
    version: text(calendar, 'version'),
    refreshInterval: calendar.getFirstPropertyValue('refresh-interval') ? text(calendar, 'refresh-interval') : null,
    timeZones: [...zones.keys()].sort(),
    events,
  };
}
