import { conferenceFields, type FeedConference } from './conference-operations';

/** The member's own registrations, each with its conference as a calendar entry shows it. */
export const myRegistrationsQuery = /* GraphQL */ `
  query MemberFeedRegistrations($first: Int!, $after: String) {
    myConferenceRegistrations(first: $first, after: $after) {
      edges {
        node {
          id
          status
          waitlistPosition
          registeredAt
          promotedAt
          conference {
            ...FeedConference
          }
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

export interface MemberRegistration {
  id: string;
  status: 'CONFIRMED' | 'WAITLISTED' | 'CANCELLED';
  waitlistPosition: number | null;
  registeredAt: string;
  promotedAt: string | null;
  conference: FeedConference;
}

export interface MyRegistrationsPage {
  myConferenceRegistrations: {
    edges: { node: MemberRegistration }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** The programmes and cohorts the member takes part in, whose exchange meetings are theirs. */
export const myEnrollmentsQuery = /* GraphQL */ `
  query MemberFeedEnrollments($first: Int!, $after: String) {
    myEnrollments(first: $first, after: $after, filter: { statuses: [ACTIVE, COMPLETED] }) {
      edges {
        node {
          program {
            id
          }
          cohort {
            id
            program {
              id
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export interface MyEnrollmentsPage {
  myEnrollments: {
    edges: { node: { program: { id: string } | null; cohort: { id: string; program: { id: string } } | null } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

export const exchangeMeetingsQuery = /* GraphQL */ `
  query MemberFeedMeetings($first: Int!, $after: String, $filter: ExchangeMeetingFilter!) {
    exchangeMeetings(first: $first, after: $after, filter: $filter) {
      edges {
        node {
          id
          topic
          description
          startsAt
          durationMinutes
          version
          updatedAt
          joinUrl
          experts {
            name
            person {
              displayName
            }
          }
          program {
            title
          }
          cohort {
            title
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

export interface FeedMeeting {
  id: string;
  topic: string;
  description: string;
  startsAt: string;
  durationMinutes: number;
  version: number;
  joinUrl: string | null;
  experts: { name: string | null; person: { displayName: string | null } | null }[];
  updatedAt: string;
  program: { title: string } | null;
  cohort: { title: string } | null;
}

export interface ExchangeMeetingsPage {
  exchangeMeetings: {
    edges: { node: FeedMeeting }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}
