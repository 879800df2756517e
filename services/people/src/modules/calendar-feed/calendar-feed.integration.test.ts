import { anonymousCaller, callerHeader } from '@mitmach/auth';
import { demoPeople, personId } from '@mitmach/demo-network';
import { startForFile, tokenFor } from '@mitmach/testkit';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { calendarFeeds } from '../../db/schema';
import { callerTokens } from '../../testing/callers';
import { startPeople } from '../../testing/start-people';

const { platform, query } = await startForFile(() => startPeople());
const tokens = callerTokens(platform.jwtSecret);
const signed = { [callerHeader]: await platform.callerHeaderFor(anonymousCaller, 'people') };

// Three people of the demo network no other test of this file touches, each signed in as themself.
const [anna, ben, carla] = demoPeople()
  .slice(-3)
  .map((person) => ({ id: personId(person.key), token: () => tokens.member(person.key) }));
if (!anna || !ben || !carla) throw new Error('the demo network has fewer than three people');

interface Feed {
  path: string;
  issuedAt: string;
}
interface ResetData {
  resetCalendarFeedUrl: { calendarFeed: Feed | null; userErrors: { field: string[]; code: string }[] };
}

const reset = `mutation($input: ResetCalendarFeedUrlInput!) {
  resetCalendarFeedUrl(input: $input) { calendarFeed { path issuedAt } userErrors { field message code } }
}`;

async function resetFeed(id: string, token: string) {
  const response = await query<ResetData>(reset, { input: { personId: id } }, { token });
  return response;
}

async function myFeed(token: string): Promise<Feed | null> {
  const response = await query<{ myCalendarFeed: Feed | null }>('{ myCalendarFeed { path issuedAt } }', {}, { token });
  expect(response.body.errors).toBeUndefined();
  return response.body.data?.myCalendarFeed ?? null;
}

function resolve(body: unknown, headers: Record<string, string> = signed) {
  return fetch(new URL('/calendar-feeds/resolve', platform.subgraphUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const tokenOf = (feed: Feed | null | undefined) =>
  /^\/feeds\/me\/([A-Za-z0-9_-]{43})\.ics$/.exec(feed?.path ?? '')?.[1];

describe('a member calendar feed address', () => {
  it('is issued by a reset, shown to its person, and resolves to them; a second reset retires the first', async () => {
    expect(await myFeed(await anna.token())).toBeNull();
    const first = await resetFeed(anna.id, await anna.token());
    expect(first.body.data?.resetCalendarFeedUrl.userErrors).toEqual([]);
    const issued = first.body.data?.resetCalendarFeedUrl.calendarFeed;
    const firstToken = tokenOf(issued);
    expect(firstToken).toBeDefined();
    expect(await myFeed(await anna.token())).toEqual(issued);
    expect(await (await resolve({ token: firstToken })).json()).toEqual({ personId: anna.id });

    const second = (await resetFeed(anna.id, await anna.token())).body.data?.resetCalendarFeedUrl.calendarFeed;
    const secondToken = tokenOf(second);
    expect(secondToken).not.toBe(firstToken);
    expect(await myFeed(await anna.token())).toEqual(second);
    expect((await resolve({ token: firstToken })).status).toBe(404);
    expect(await (await resolve({ token: secondToken })).json()).toEqual({ personId: anna.id });
  });

  it('is reset only by its person or staff; nobody else learns anything about it', async () => {
    const refused = await resetFeed(ben.id, await carla.token());
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await query<ResetData>(reset, { input: { personId: ben.id } });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await myFeed(await ben.token())).toBeNull();

    const byStaff = await resetFeed(ben.id, await tokens.staff());
    expect(byStaff.body.data?.resetCalendarFeedUrl.userErrors).toEqual([]);
    expect(await myFeed(await ben.token())).toEqual(byStaff.body.data?.resetCalendarFeedUrl.calendarFeed);
    // Staff's own feed is not the person's.
    expect((await myFeed(await tokens.staff()))?.path).not.toBe(
      byStaff.body.data?.resetCalendarFeedUrl.calendarFeed?.path,
    );

    const stranger = '00000000-0000-4000-8000-00000000beef';
    const unknown = await resetFeed(stranger, await tokens.staff());
    expect(unknown.body.data?.resetCalendarFeedUrl).toEqual({
      calendarFeed: null,
      userErrors: [{ field: ['input', 'personId'], message: 'There is no person with this id.', code: 'NOT_FOUND' }],
    });
    expect(await myFeed(await tokenFor(platform.jwtSecret, ['partner']))).toBeNull();
  });

  it('is in the personal data export and gone after erasure, which then refuses a new one', async () => {
    const issued = (await resetFeed(carla.id, await carla.token())).body.data?.resetCalendarFeedUrl.calendarFeed;
    const exported = await query<{ personalDataExport: { calendarFeed: Feed | null } }>(
      'query($id: UUID!) { personalDataExport(personId: $id) { calendarFeed { path issuedAt } } }',
      { id: carla.id },
      { token: await carla.token() },
    );
    expect(exported.body.data?.personalDataExport.calendarFeed).toEqual(issued);

    const erased = await query<{ erasePerson: { userErrors: unknown[] } }>(
      'mutation($input: ErasePersonInput!) { erasePerson(input: $input) { userErrors { code } } }',
      { input: { personId: carla.id } },
      { token: await carla.token() },
    );
    expect(erased.body.data?.erasePerson.userErrors).toEqual([]);
    expect(await platform.db.select().from(calendarFeeds).where(eq(calendarFeeds.personId, carla.id))).toEqual([]);
    expect((await resolve({ token: tokenOf(issued) })).status).toBe(404);
    const afterwards = await query<{ personalDataExport: { calendarFeed: Feed | null } }>(
      'query($id: UUID!) { personalDataExport(personId: $id) { calendarFeed { path } } }',
      { id: carla.id },
      { token: await carla.token() },
    );
    expect(afterwards.body.data?.personalDataExport.calendarFeed).toBeNull();
    const again = await resetFeed(carla.id, await carla.token());
    expect(again.body.data?.resetCalendarFeedUrl.userErrors.map((error) => error.code)).toEqual(['ALREADY_ERASED']);
  });
});

describe('the resolve route the gateway calls', () => {
  it('answers only the gateway, and refuses malformed and oversized bodies without looking anything up', async () => {
    expect((await resolve({ token: 'x'.repeat(43) }, {})).status).toBe(401);
    expect((await resolve({ token: 'x'.repeat(43) })).status).toBe(404);
    expect((await resolve({ token: "' or 1=1 --" })).status).toBe(404);
    expect((await resolve({ secret: 'x' })).status).toBe(400);
    expect((await resolve('not json')).status).toBe(400);
    expect((await resolve({ token: 'x'.repeat(5_000) })).status).toBe(413);
  });
});
