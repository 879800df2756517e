import type { Caller } from '@mitmach/auth';
import { errorCodes } from '@mitmach/server-kit';
import { newCalendar } from './calendar';
import { addConferenceEvents } from './conference-events';
import {
  type FeedConference,
  type FeedFieldsOfAction,
  type FeedRegion,
  fieldsOfActionQuery,
  regionBySlugQuery,
  type UpcomingConferencesPage,
  upcomingConferencesQuery,
} from './conference-operations';
import type { FeedFilterParams } from './feed-filter';
import { FeedError, type RunOperation } from './gateway-operation';

/** More upcoming conferences than the network has held in all its years; a feed never pages on without end. */
export const maxFeedConferences = 500;
const pageSize = 100;

interface Reader {
  run: RunOperation;
  caller: Caller;
  requestId: string;
}

export async function regionBySlug(reader: Reader, slug: string): Promise<{ id: string; name: string } | null> {
  try {
    const data = await reader.run<FeedRegion>(regionBySlugQuery, { slug }, reader.caller, reader.requestId);
    return data.regionBySlug;
  } catch (error) {
    if (error instanceof FeedError && error.code === errorCodes.notFound) return null;
    throw error;
  }
}

async function regionIdsOf(reader: Reader, slugs: readonly string[]): Promise<string[]> {
  const regions = await Promise.all(slugs.map(async (slug) => ({ slug, region: await regionBySlug(reader, slug) })));
  const unknown = regions.filter((entry) => !entry.region).map((entry) => entry.slug);
  if (unknown.length > 0) {
    throw new FeedError(400, errorCodes.badUserInput, `There is no region with the slug ${unknown.join(', ')}.`);
  }
  return regions.map((entry) => entry.region?.id ?? '');
}

async function checkFieldsOfAction(reader: Reader, slugs: readonly string[]): Promise<void> {
  if (slugs.length === 0) return;
  const { fieldsOfAction } = await reader.run<FeedFieldsOfAction>(
    fieldsOfActionQuery,
    {},
    reader.caller,
    reader.requestId,
  );
  const known = new Set(fieldsOfAction.map((field) => field.slug));
  const unknown = slugs.filter((slug) => !known.has(slug));
  if (unknown.length > 0) {
    throw new FeedError(
      400,
      errorCodes.badUserInput,
      `Unknown field of action ${unknown.join(', ')}; the fields are ${[...known].join(', ')}.`,
    );
  }
}

/** Every upcoming published conference the filter admits, cancelled ones included, soonest first. */
async function upcomingConferences(reader: Reader, filter: Record<string, unknown>): Promise<FeedConference[]> {
  const conferences: FeedConference[] = [];
  let after: string | null = null;
  do {
    const page: UpcomingConferencesPage = await reader.run<UpcomingConferencesPage>(
      upcomingConferencesQuery,
      { first: pageSize, after, filter: { ...filter, includeCancelled: true } },
      reader.caller,
      reader.requestId,
    );
    conferences.push(...page.upcomingConferences.edges.map((edge) => edge.node));
    after = page.upcomingConferences.pageInfo.hasNextPage ? page.upcomingConferences.pageInfo.endCursor : null;
  } while (after && conferences.length < maxFeedConferences);
  return conferences.slice(0, maxFeedConferences);
}

export interface ConferenceFeed {
  body: string;
  conferences: FeedConference[];
}

/** The calendar of the upcoming conferences that match the filter, every day of each an entry of its own. */
export async function conferenceFeed(
  reader: Reader,
  params: FeedFilterParams,
  names: { title: string; description: string },
): Promise<ConferenceFeed> {
  const [regionIds] = await Promise.all([
    regionIdsOf(reader, params.regionSlugs),
    checkFieldsOfAction(reader, params.fieldOfActionSlugs),
  ]);
  const filter = {
    ...(params.countries.length > 0 ? { countries: params.countries } : {}),
    ...(regionIds.length > 0 ? { regionIds } : {}),
    ...(params.fieldOfActionSlugs.length > 0 ? { fieldsOfAction: params.fieldOfActionSlugs } : {}),
  };
  const conferences = await upcomingConferences(reader, filter);
  const calendar = newCalendar(names.title, names.description);
  for (const conference of conferences) addConferenceEvents(calendar, conference);
  return { body: calendar.toString(), conferences };
}
