import { type GraphqlQuery, graphqlClient } from '@mitmach/testkit';
import type { Event, Organization, Place, WithContext } from 'schema-dts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clients, conferenceInput } from '../../testing/fixtures';
import { type RunningConferences, startConferences } from '../../testing/start-conferences';

let platform: RunningConferences;
let query: GraphqlQuery;
let staff: string;

const year = new Date().getUTCFullYear() + 1;

beforeAll(async () => {
  platform = await startConferences();
  query = graphqlClient(platform.gatewayUrl);
  staff = await clients(platform).staffToken();
});
afterAll(() => platform?.stop());

interface Region {
  id: string;
  name: string;
  slug: string;
  website: string | null;
  country: string;
}

async function regionIn(country: string): Promise<Region> {
  const response = await query<{ regions: { edges: { node: Region }[] } }>(
    `query($c: CountryCode!) { regions(first: 20, filter: { countries: [$c] }, orderBy: NAME) {
      edges { node { id name slug website country } } } }`,
    { c: country },
  );
  const withWebsite = response.body.data?.regions.edges.map((edge) => edge.node).find((region) => region.website);
  if (!withWebsite) throw new Error(`no region with a website in ${country}`);
  return withWebsite;
}

async function create(input: Record<string, unknown>): Promise<string> {
  return clients(platform).createConference(staff, input);
}

async function setStatus(conferenceId: string, status: string) {
  const response = await query(
    'mutation($input: ChangeConferenceStatusInput!) { changeConferenceStatus(input: $input) { userErrors { message } } }',
    { input: { conferenceId, status } },
    { token: staff },
  );
  expect(response.body.errors).toBeUndefined();
}

async function structuredData(id: string): Promise<WithContext<Event>> {
  const response = await query<{ conference: { structuredData: WithContext<Event> } }>(
    'query($id: UUID!) { conference(id: $id) { structuredData } }',
    { id },
  );
  expect(response.body.errors).toBeUndefined();
  expect(response.headers.get('cache-control')).toBe('max-age=300, public');
  const data = response.body.data?.conference.structuredData;
  if (!data) throw new Error('no structured data');
  return data;
}

describe('Conference.structuredData', () => {
  it('is a schema.org Event with place, organizer, status, attendance mode, language and registration', async () => {
    const austria = await regionIn('AT');
    const id = await create(
      conferenceInput(austria.id, {
        country: 'AT',
        title: `Mitmach-Konferenz ${austria.name} ${year}`,
        days: [
          { startsAt: `${year}-07-15T09:30:00+02:00`, endsAt: `${year}-07-15T18:00:00+02:00` },
          { startsAt: `${year}-07-16T10:00:00+02:00`, endsAt: `${year}-07-16T16:00:00+02:00` },
        ],
        venue: {
          name: 'Stadthalle Wels',
          street: 'Pollheimerstraße 1',
          postalCode: '4600',
          city: 'Wels',
          country: 'AT',
          location: { lat: 48.16, lng: 14.03 },
        },
        capacity: 120,
      }),
    );
    await setStatus(id, 'OPEN_FOR_REGISTRATION');
    const data = await structuredData(id);
    const expected: WithContext<Event> = {
      '@context': 'https://schema.org',
      '@type': 'Event',
      '@id': `urn:uuid:${id}`,
      name: `Mitmach-Konferenz ${austria.name} ${year}`,
      description: 'Ein Tag für Initiativen, Verwaltung und Betriebe aus der Region.',
      startDate: `${year}-07-15T09:30:00+02:00`,
      endDate: `${year}-07-16T16:00:00+02:00`,
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Stadthalle Wels',
        address: {
          '@type': 'PostalAddress',
          streetAddress: 'Pollheimerstraße 1',
          postalCode: '4600',
          addressLocality: 'Wels',
          addressCountry: 'AT',
        },
        geo: { '@type': 'GeoCoordinates', latitude: 48.16, longitude: 14.03 },
      },
      organizer: {
        '@type': 'Organization',
        name: `Regional-Team der Mitmach-Region ${austria.name}`,
        url: austria.website ?? '',
      },
      inLanguage: 'de',
      about: 'Mitmach-Werkstatt',
      isAccessibleForFree: true,
      maximumAttendeeCapacity: 120,
      remainingAttendeeCapacity: 120,
      url: austria.website ?? '',
      offers: {
        '@type': 'Offer',
        url: austria.website ?? '',
        price: 0,
        priceCurrency: 'EUR',
        availability: 'https://schema.org/InStock',
      },
      subEvent: [
        {
          '@type': 'Event',
          name: `Mitmach-Konferenz ${austria.name} ${year}, Tag 1`,
          startDate: `${year}-07-15T09:30:00+02:00`,
          endDate: `${year}-07-15T18:00:00+02:00`,
          eventStatus: 'https://schema.org/EventScheduled',
          location: data.location as Place,
        },
        {
          '@type': 'Event',
          name: `Mitmach-Konferenz ${austria.name} ${year}, Tag 2`,
          startDate: `${year}-07-16T10:00:00+02:00`,
          endDate: `${year}-07-16T16:00:00+02:00`,
          eventStatus: 'https://schema.org/EventScheduled',
          location: data.location as Place,
        },
      ],
    };
    expect(data).toEqual(expected);
    // Ready for a page: it survives JSON.stringify into a script element unchanged.
    expect(JSON.parse(JSON.stringify(data))).toEqual(expected);
  });

  it('marks a cancelled conference, speaks German and Italian in South Tyrol, and places an online one virtually', async () => {
    const southTyrol = await regionIn('IT');
    const cancelled = await create(
      conferenceInput(southTyrol.id, {
        country: 'IT',
        days: [{ startsAt: `${year}-01-20T13:00:00+01:00`, endsAt: `${year}-01-20T19:00:00+01:00` }],
        venue: {
          name: 'Ufo Bruneck',
          street: 'Stadtgasse 4',
          postalCode: '39031',
          city: 'Bruneck',
          country: 'IT',
          location: { lat: 46.8, lng: 11.94 },
        },
      }),
    );
    await setStatus(cancelled, 'OPEN_FOR_REGISTRATION');
    await setStatus(cancelled, 'CANCELLED');
    const data = await structuredData(cancelled);
    expect(data).toMatchObject({
      eventStatus: 'https://schema.org/EventCancelled',
      inLanguage: ['de', 'it'],
      startDate: `${year}-01-20T13:00:00+01:00`,
      endDate: `${year}-01-20T19:00:00+01:00`,
    });
    expect(data.location).toMatchObject({ address: { addressCountry: 'IT' } });
    expect(data).not.toHaveProperty('subEvent');

    const germany = await regionIn('DE');
    const online = await create(
      conferenceInput(germany.id, { attendanceMode: 'ONLINE', venue: null, title: 'Online-Werkstatt' }),
    );
    await setStatus(online, 'OPEN_FOR_REGISTRATION');
    expect(await structuredData(online)).toMatchObject({
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', name: 'Online' },
    });
  });
});

describe('Region.structuredData', () => {
  it('is a schema.org Organization serving the region', async () => {
    const response = await query<{
      regions: {
        edges: {
          node: {
            id: string;
            slug: string;
            name: string;
            description: string;
            website: string | null;
            publicContact: string | null;
            subdivision: string;
            country: string;
            location: { lat: number; lng: number };
            fieldsOfAction: { nameDe: string }[];
            structuredData: WithContext<Organization>;
          };
        }[];
      };
    }>(`{ regions(first: 3, filter: { countries: [AT] }) { edges { node {
      id slug name description website publicContact subdivision country location { lat lng }
      fieldsOfAction { nameDe } structuredData } } } }`);
    expect(response.body.errors).toBeUndefined();
    const regions = response.body.data?.regions.edges.map((edge) => edge.node) ?? [];
    expect(regions).toHaveLength(3);
    for (const region of regions) {
      const expected: WithContext<Organization> = {
        '@context': 'https://schema.org',
        '@type': 'Organization',
        '@id': `urn:uuid:${region.id}`,
        identifier: region.slug,
        name: `Mitmach-Region ${region.name}`,
        description: region.description,
        ...(region.website ? { url: region.website } : {}),
        ...(region.publicContact ? { email: region.publicContact } : {}),
        areaServed: {
          '@type': 'AdministrativeArea',
          name: region.name,
          geo: { '@type': 'GeoCoordinates', latitude: region.location.lat, longitude: region.location.lng },
          containedInPlace: {
            '@type': 'AdministrativeArea',
            identifier: region.subdivision,
            containedInPlace: { '@type': 'Country', identifier: 'AT', name: 'Österreich' },
          },
        },
        memberOf: { '@type': 'Organization', name: 'Mitmach-Regionen' },
        ...(region.fieldsOfAction.length > 0 ? { knowsAbout: region.fieldsOfAction.map((field) => field.nameDe) } : {}),
      };
      expect(region.structuredData).toEqual(expected);
    }
  });
});
