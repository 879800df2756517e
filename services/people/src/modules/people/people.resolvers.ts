import { notFound, readPage, toConnection } from '@mitmach/server-kit';
import type { PeopleContext } from '../../context';
import type { PersonRow } from '../../db/schema';
import type { Resolvers } from '../../generated/graphql';
import { regionReference } from '../references';
import { checkSearch } from '../search-text';
import { listPersons } from './people.repository';
import { createPerson, listableRegionIds, updatePerson } from './people.service';
import {
  hasPublicProfile,
  mayShowContact,
  mayShowName,
  mayShowPerson,
  mayShowPersonalNames,
  type PersonVisibility,
  resolvePersonVisibility,
} from './person-privacy';

function visibility(person: PersonRow, { caller, loaders }: PeopleContext): Promise<PersonVisibility> {
  return resolvePersonVisibility(caller, person, async () =>
    (await loaders.membershipsByPerson.load(person.id)).map((membership) => membership.regionId),
  );
}

/** A field resolver that answers null unless the caller's view of the person allows the field. */
function guarded<Value>(allows: (visibility: PersonVisibility) => boolean, read: (person: PersonRow) => Value) {
  return async (person: PersonRow, _args: unknown, context: PeopleContext): Promise<Value | null> =>
    allows(await visibility(person, context)) ? read(person) : null;
}

export const peopleResolvers: Resolvers = {
  Query: {
    person: async (_parent, { id }, context) => {
      const person = await context.loaders.personById.load(id);
      // A person the caller may not see is reported like one that does not exist, so ids reveal nobody.
      if (!person || !mayShowPerson(await visibility(person, context))) {
        throw notFound(`There is no person with id ${id} that you may see.`);
      }
      return person;
    },
    people: async (_parent, args, { db, caller }) => {
      const regionIds = listableRegionIds(caller, args.filter?.regionIds);
      checkSearch(args.filter?.search);
      const page = readPage(args);
      const { rows, totalCount } = await listPersons(
        db,
        {
          regionIds,
          sectors: args.filter?.sectors,
          search: args.filter?.search,
          searchEmail: caller.roles.includes('staff'),
        },
        page,
      );
      return toConnection(rows, page, totalCount);
    },
    me: (_parent, _args, { caller, loaders }) => (caller.personId ? loaders.personById.load(caller.personId) : null),
  },
  Mutation: {
    createPerson: (_parent, { input }, { db, caller }) => createPerson(db, caller, input),
    updatePerson: (_parent, { input }, { db, caller }) => updatePerson(db, caller, input),
  },
  Person: {
    __resolveReference: (reference, { loaders }) => loaders.personById.load(reference.id),
    hasPublicProfile: (person) => hasPublicProfile(person),
    displayName: guarded(mayShowName, (person) => person.displayName),
    sector: guarded(mayShowName, (person) => person.sector),
    region: guarded(mayShowName, (person) => (person.regionId ? regionReference(person.regionId) : null)),
    publicProfileConsentedAt: guarded(mayShowPersonalNames, (person) => person.publicProfileConsentedAt),
    publicProfileWithdrawnAt: guarded(mayShowPersonalNames, (person) => person.publicProfileWithdrawnAt),
    givenName: guarded(mayShowPersonalNames, (person) => person.givenName),
    familyName: guarded(mayShowPersonalNames, (person) => person.familyName),
    email: guarded(mayShowContact, (person) => person.email),
    phone: guarded(mayShowContact, (person) => person.phone),
    teamMemberships: async (person, _args, context) =>
      mayShowName(await visibility(person, context)) ? context.loaders.membershipsByPerson.load(person.id) : [],
    erasedAt: guarded(mayShowPerson, (person) => person.erasedAt),
  },
};
