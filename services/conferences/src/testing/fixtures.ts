import { graphqlClient, tokenFor } from '@mitmach/testkit';
import type { RunningConferences } from './start-conferences';

/** A calendar date `days` from today, so that test conferences stay in the future (or the past) whenever tests run. */
export function dateFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A day of a German conference, 09:00 to 17:00 at a +01:00 offset, which is the same date in Berlin all year. */
export function germanDay(date: string, from = '09:00', to = '17:00') {
  return { startsAt: `${date}T${from}:00+01:00`, endsAt: `${date}T${to}:00+01:00` };
}

export function conferenceInput(regionId: string, overrides: Record<string, unknown> = {}) {
  return {
    regionId,
    country: 'DE',
    title: 'Mitmach-Werkstatt Testregion',
    description: 'Ein Tag für Initiativen, Verwaltung und Betriebe aus der Region.',
    format: 'MITMACH_WERKSTATT',
    days: [germanDay(dateFromToday(60))],
    attendanceMode: 'IN_PERSON',
    venue: {
      name: 'Bürgerhaus Musterstadt',
      street: 'Marktplatz 1',
      postalCode: '12345',
      city: 'Musterstadt',
      country: 'DE',
      location: { lat: 50.1, lng: 9.2 },
    },
    capacity: 30,
    fieldsOfAction: ['mobility'],
    ...overrides,
  };
}

export const createConferenceMutation = `mutation($input: CreateConferenceInput!) {
  createConference(input: $input) {
    conference { id status title capacity timeZone country startsAt endsAt days { date startsAt endsAt } }
    userErrors { field message code }
  }
}`;

const changeStatusMutation = `mutation($input: ChangeConferenceStatusInput!) {
  changeConferenceStatus(input: $input) { conference { status } userErrors { code message } }
}`;

export const registerMutation = `mutation($input: RegisterForConferenceInput!) {
  register(input: $input) {
    registration { id status waitlistPosition sector person { id } }
    conference { confirmedCount waitlistCount remainingCapacity }
    userErrors { field message code }
  }
}`;

/** Test people: stable UUIDs that no demo person has. */
export function testPersonId(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

export function clients(platform: RunningConferences) {
  const query = graphqlClient(platform.gatewayUrl);
  const staffToken = () => tokenFor(platform.jwtSecret, ['staff'], { personId: testPersonId(9001) });
  const teamToken = (regionId: string, personId = testPersonId(9002)) =>
    tokenFor(platform.jwtSecret, ['regional_team'], { personId, regionIds: [regionId] });
  const memberToken = (personId: string) => tokenFor(platform.jwtSecret, ['member'], { personId });

  async function createConference(token: string, input: Record<string, unknown>): Promise<string> {
    const response = await query<{ createConference: { conference: { id: string } | null; userErrors: unknown[] } }>(
      createConferenceMutation,
      { input },
      { token },
    );
    const payload = response.body.data?.createConference;
    if (!payload?.conference) {
      throw new Error(`createConference failed: ${JSON.stringify(response.body.errors ?? payload?.userErrors)}`);
    }
    return payload.conference.id;
  }

  async function changeStatus(token: string, conferenceId: string, status: string) {
    const response = await query<{ changeConferenceStatus: { userErrors: unknown[] } }>(
      changeStatusMutation,
      { input: { conferenceId, status } },
      { token },
    );
    const errors = response.body.errors ?? response.body.data?.changeConferenceStatus.userErrors;
    if (errors?.length) throw new Error(`changeConferenceStatus failed: ${JSON.stringify(errors)}`);
  }

  /** A conference that takes registrations, created and opened by staff. */
  async function openConference(regionId: string, overrides: Record<string, unknown> = {}): Promise<string> {
    const token = await staffToken();
    const id = await createConference(token, conferenceInput(regionId, overrides));
    await changeStatus(token, id, 'OPEN_FOR_REGISTRATION');
    return id;
  }

  return { query, staffToken, teamToken, memberToken, createConference, changeStatus, openConference };
}
