import type { Resolvers } from '../../generated/graphql';
import { feedPath } from '../calendar-feed/feed-token';
import { erasePerson, exportPersonalData, personErasure } from './gdpr.service';

export const gdprResolvers: Resolvers = {
  Query: {
    personErasure: (_parent, { personId }, { db, caller }) => personErasure(db, caller, personId),
    personalDataExport: async (_parent, { personId }, { db, caller }) => {
      const { exportedAt, person, teamMemberships, recordedTeamMembershipIds, calendarFeed } = await exportPersonalData(
        db,
        caller,
        personId,
      );
      return {
        exportedAt,
        personId: person.id,
        displayName: person.displayName,
        givenName: person.givenName,
        familyName: person.familyName,
        email: person.email,
        phone: person.phone,
        sector: person.sector,
        regionId: person.regionId,
        publicProfileConsentedAt: person.publicProfileConsentedAt,
        publicProfileWithdrawnAt: person.publicProfileWithdrawnAt,
        createdAt: person.createdAt,
        updatedAt: person.updatedAt,
        erasedAt: person.erasedAt,
        teamMemberships: teamMemberships.map((membership) => ({
          id: membership.id,
          regionId: membership.regionId,
          role: membership.role,
          since: membership.since,
          createdAt: membership.createdAt,
        })),
        recordedTeamMembershipIds,
        calendarFeed: calendarFeed ? { path: feedPath(calendarFeed.token), issuedAt: calendarFeed.issuedAt } : null,
      };
    },
  },
  Mutation: {
    erasePerson: (_parent, { input }, { db, caller }) => erasePerson(db, caller, input),
  },
};
