import { notFound, readPage, toConnection } from '@mitmach/server-kit';
import type { Resolvers } from '../../generated/graphql';
import { regionReference } from '../references';
import { checkSearch } from '../search-text';
import { listOrganizations } from './organizations.repository';
import { createOrganization, updateOrganization } from './organizations.service';

export const organizationsResolvers: Resolvers = {
  Query: {
    organizations: async (_parent, args, { db }) => {
      const filter = args.filter;
      checkSearch(filter?.search);
      const page = readPage(args);
      const { rows, totalCount } = await listOrganizations(db, filter ?? {}, page);
      return toConnection(rows, page, totalCount);
    },
    organization: async (_parent, { id }, { loaders }) => {
      const organization = await loaders.organizationById.load(id);
      if (!organization) throw notFound(`There is no organisation with id ${id}.`);
      return organization;
    },
  },
  Mutation: {
    createOrganization: (_parent, { input }, { db, caller }) => createOrganization(db, caller, input),
    updateOrganization: (_parent, { input }, { db, caller }) => updateOrganization(db, caller, input),
  },
  Region: {
    organizations: async (region, args, { loaders }) => {
      const page = readPage(args);
      const kinds = args.filter?.kinds ?? null;
      const { rows, totalCount } = await loaders.organizationsOfRegion(page, kinds).load(region.id);
      return toConnection(rows, page, totalCount);
    },
  },
  Organization: {
    __resolveReference: (reference, { loaders }) => loaders.organizationById.load(reference.id),
    region: (organization) => (organization.regionId ? regionReference(organization.regionId) : null),
    fieldsOfAction: async (organization, _args, { loaders }) =>
      (await loaders.fieldSlugsByOrganization.load(organization.id)).map((row) => ({ slug: row.fieldSlug })),
    supportedBy: async (organization, _args, { loaders }) =>
      (await loaders.supportersByOrganization.load(organization.id)).map((row) => row.supporter),
  },
};
