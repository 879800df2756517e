/** What a calendar entry shows of a conference, read through the gateway. */
export const conferenceFields = /* GraphQL */ `
  fragment FeedConference on Conference {
    id
    title
    description
    format
    status
    timeZone
    attendanceMode
    updatedAt
    days {
      date
      startsAt
      endsAt
    }
    venue {
      name
      address {
        street
        postalCode
        city
        country
      }
      location {
        lat
        lng
      }
    }
    fieldsOfAction {
      slug
      nameDe
    }
    region {
      slug
      name
      website
    }
  }
`;

export interface FeedConference {
  id: string;
  title: string;
  description: string | null;
  format: 'MITMACH_KONFERENZ' | 'MITMACH_WERKSTATT' | 'SUCCESS_WORKSHOP';
  status: string;
  timeZone: string;
  attendanceMode: 'IN_PERSON' | 'HYBRID' | 'ONLINE';
  updatedAt: string;
  days: { date: string; startsAt: string; endsAt: string }[];
  venue: {
    name: string;
    address: { street: string; postalCode: string; city: string; country: string };
    location: { lat: number; lng: number };
  } | null;
  fieldsOfAction: { slug: string; nameDe: string }[];
  region: { slug: string; name: string; website: string | null };
}

export const upcomingConferencesQuery = /* GraphQL */ `
  query FeedUpcomingConferences($first: Int!, $after: String, $filter: UpcomingConferenceFilter!) {
    upcomingConferences(first: $first, after: $after, filter: $filter) {
      edges {
        node {
          ...FeedConference
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${conferenceFields}
`;

export interface UpcomingConferencesPage {
  upcomingConferences: {
    edges: { node: FeedConference }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

export const regionBySlugQuery = /* GraphQL */ `
  query FeedRegion($slug: String!) {
    regionBySlug(slug: $slug) {
      id
      slug
      name
    }
  }
`;

export interface FeedRegion {
  regionBySlug: { id: string; slug: string; name: string } | null;
}

export const fieldsOfActionQuery = /* GraphQL */ `
  query FeedFieldsOfAction {
    fieldsOfAction(includeRetired: true) {
      slug
      nameDe
    }
  }
`;

export interface FeedFieldsOfAction {
  fieldsOfAction: { slug: string; nameDe: string }[];
}
