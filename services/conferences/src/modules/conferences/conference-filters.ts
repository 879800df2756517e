import { badUserInput } from '@mitmach/server-kit';
import type { ConferenceRow } from '../../db/schema';
import type { ConferenceFilter, RegionConferenceFilter, UpcomingConferenceFilter } from '../../generated/graphql';
import { slugPattern } from '../input-checks';
import { announcedStatuses } from './conference-status';
import type { ConferenceListFilter } from './conferences.repository';

const maxFilterValues = 100;

function checkList(values: readonly unknown[] | null | undefined, name: string): void {
  if (values && values.length > maxFilterValues) {
    throw badUserInput(`"${name}" takes at most ${maxFilterValues} values, got ${values.length}.`, name);
  }
}

function checkFieldsOfAction(slugs: readonly string[] | null | undefined): void {
  checkList(slugs, 'fieldsOfAction');
  const malformed = slugs?.filter((slug) => !slugPattern.test(slug)) ?? [];
  if (malformed.length > 0) {
    throw badUserInput(
      `Fields of action are slugs such as agriculture-food; not: ${malformed.join(', ')}.`,
      'fieldsOfAction',
    );
  }
}

/**
 * Upcoming conferences are the announced ones whose last day has not ended; cancelled ones too when asked for, since a
 * calendar must learn that an event it shows will not take place.
 */
export function upcomingFilter(filter: UpcomingConferenceFilter | null | undefined): ConferenceListFilter {
  checkList(filter?.countries, 'countries');
  checkList(filter?.regionIds, 'regionIds');
  checkFieldsOfAction(filter?.fieldsOfAction);
  return {
    countries: filter?.countries,
    regionIds: filter?.regionIds,
    fieldsOfAction: filter?.fieldsOfAction,
    formats: filter?.formats,
    statuses: filter?.includeCancelled ? [...announcedStatuses, 'cancelled'] : announcedStatuses,
    timing: 'upcoming',
  };
}

export function staffFilter(filter: ConferenceFilter | null | undefined): ConferenceListFilter {
  checkList(filter?.countries, 'countries');
  checkList(filter?.regionIds, 'regionIds');
  checkFieldsOfAction(filter?.fieldsOfAction);
  return {
    countries: filter?.countries,
    regionIds: filter?.regionIds,
    fieldsOfAction: filter?.fieldsOfAction,
    formats: filter?.formats,
    statuses: filter?.statuses,
    timing: filter?.timing ?? null,
  };
}

/**
 * Filters and orders a region's conferences in memory, as its loader fetched them for many regions at once: upcoming
 * ones soonest first, then past ones latest first.
 */
export function regionConferences(
  rows: readonly ConferenceRow[],
  filter: RegionConferenceFilter | null | undefined,
  now: Date,
): ConferenceRow[] {
  const timing = filter?.timing ?? null;
  const statuses = filter?.statuses;
  const formats = filter?.formats;
  const isUpcoming = (row: ConferenceRow) => row.endsAt > now;
  const matching = rows.filter(
    (row) =>
      (timing === null || (timing === 'upcoming') === isUpcoming(row)) &&
      (!statuses?.length || statuses.includes(row.status)) &&
      (!formats?.length || formats.includes(row.format)),
  );
  const byStart = (a: ConferenceRow, b: ConferenceRow) =>
    a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id);
  const upcoming = matching.filter(isUpcoming).sort(byStart);
  const past = matching.filter((row) => !isUpcoming(row)).sort((a, b) => byStart(b, a));
  return [...upcoming, ...past];
}
