import type { Resolvers } from '../../generated/graphql';
import { regionReference } from '../references';
import { teamAsSeenBy } from './team-visibility';
import { addTeamMember, removeTeamMember } from './teams.service';

export const teamsResolvers: Resolvers = {
  Mutation: {
    addTeamMember: (_parent, { input }, { db, caller }) => addTeamMember(db, caller, input),
    removeTeamMember: (_parent, { input }, { db, caller }) => removeTeamMember(db, caller, input),
  },
  Region: {
    __resolveReference: (reference) => regionReference(reference.id),
    team: async (region, { roles }, { caller, loaders }) =>
      teamAsSeenBy(caller, region.id, await loaders.teamByRegion.load(region.id), roles ?? null),
  },
  TeamMembership: {
    __resolveReference: (reference, { loaders }) => loaders.membershipById.load(reference.id),
    person: async (membership, _args, { loaders }) => {
      const person = await loaders.personById.load(membership.personId);
      if (!person) throw new Error(`team membership ${membership.id} points to no person`);
      return person;
    },
    region: (membership) => regionReference(membership.regionId),
  },
};
