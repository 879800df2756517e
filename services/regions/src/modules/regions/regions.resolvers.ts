import { type Caller, hasRole, isAuthenticated } from '@mitmach/auth';
import { badUserInput, forbidden, notFound, readPage, toConnection } from '@mitmach/server-kit';
import type { RegionRow } from '../../db/schema';
import type { RegionFilter, Resolvers } from '../../generated/graphql';
import { fundingAccount } from '../funding/funding.service';
import { slugPattern } from './region-input';
import { allowedNextStatuses } from './region-status';
import { allRegions, listRegions, type RegionListFilter, regionBySlug } from './regions.repository';
import { changeRegionStatus, createRegion, updateRegion } from './regions.service';

function listFilter(filter: RegionFilter | null | undefined, caller: Caller): RegionListFilter {
  const includeHidden = hasRole(caller, 'staff');
  if (!filter) return { includeHidden };
  const box = filter.within;
  if (box) {
    const inRange = (value: number, limit: number) => value >= -limit && value <= limit;
    if (!inRange(box.south, 90) || !inRange(box.north, 90) || !inRange(box.west, 180) || !inRange(box.east, 180)) {
      throw badUserInput(
        'The bounding box needs latitudes between -90 and 90 and longitudes between -180 and 180.',
        'within',
      );
    }
    if (box.south > box.north || box.west > box.east) {
      throw badUserInput('The bounding box needs south <= north and west <= east.', 'within');
    }
  }
  return {
    countries: filter.countries,
    statuses: filter.statuses,
    fieldsOfAction: filter.fieldsOfAction,
    within: box,
    includeHidden,
  };
}

/** A hidden region is answered as if it did not exist, to anyone but staff. */
function visible(region: RegionRow | null, caller: Caller): RegionRow | null {
  return region && (!region.hidden || hasRole(caller, 'staff')) ? region : null;
}

export const regionsResolvers: Resolvers = {
  Query: {
    regions: async (_parent, args, { db, caller }) => {
      const page = readPage(args);
      const order = args.orderBy ?? 'joined_newest';
      const { rows, totalCount } = await listRegions(db, listFilter(args.filter, caller), order, page);
      return toConnection(rows, page, totalCount);
    },
    region: async (_parent, { id }, { caller, loaders }) => {
      const region = visible(await loaders.regionById.load(id), caller);
      if (!region) throw notFound(`There is no region with id ${id}.`);
      return region;
    },
    regionBySlug: async (_parent, { slug }, { db, caller }) => {
      if (!slugPattern.test(slug))
        throw badUserInput(`"${slug}" is not a slug: use lowercase letters, digits and hyphens.`, 'slug');
      const region = visible(await regionBySlug(db, slug), caller);
      if (!region) throw notFound(`There is no region with slug "${slug}".`);
      return region;
    },
    regionsGeoJson: async (_parent, { filter }, { db, caller, loaders }) => {
      const rows = await allRegions(db, listFilter(filter, caller));
      const fields = await loaders.fieldsOfActionByRegion.loadMany(rows.map((row) => row.id));
      return {
        type: 'FeatureCollection',
        features: rows.map((row, index) => {
          const fieldRows = fields[index];
          return {
            type: 'Feature',
            id: row.id,
            geometry: { type: 'Point', coordinates: [row.lng, row.lat] },
            properties: {
              slug: row.slug,
              name: row.name,
              country: row.country,
              status: row.status,
              fieldsOfAction: Array.isArray(fieldRows) ? fieldRows.map((entry) => entry.field.slug) : [],
              website: row.website,
            },
          };
        }),
      };
    },
  },
  Mutation: {
    createRegion: (_parent, { input }, { db, caller }) =>
      createRegion(db, caller, {
        ...input,
        website: input.website,
        publicContact: input.publicContact,
      }),
    updateRegion: (_parent, { input }, { db, caller }) => updateRegion(db, caller, input),
    changeRegionStatus: (_parent, { input }, { db, caller }) => changeRegionStatus(db, caller, input),
  },
  Region: {
    __resolveReference: (reference, { loaders }) => loaders.regionById.load(reference.id),
    allowedNextStatuses: (region) => [...allowedNextStatuses(region.status)],
    location: (region) => ({ lat: region.lat, lng: region.lng }),
    fieldsOfAction: async (region, _args, { loaders }) =>
      (await loaders.fieldsOfActionByRegion.load(region.id)).map((entry) => entry.field),
    sdgs: async (region, _args, { loaders }) => (await loaders.sdgsByRegion.load(region.id)).map((entry) => entry.sdg),
    peerGroup: (region, _args, { loaders }) =>
      region.peerGroupId ? loaders.peerGroupById.load(region.peerGroupId) : null,
    statusHistory: (region, _args, { loaders }) => loaders.statusChangesByRegion.load(region.id),
    funding: async (region, _args, { caller, loaders }) => {
      const allowed =
        hasRole(caller, 'staff', 'reporting') ||
        (isAuthenticated(caller) && hasRole(caller, 'regional_team') && caller.regionIds.includes(region.id));
      if (!allowed) throw forbidden("The funding ledger is visible to staff, reporting and the region's own team.");
      return fundingAccount(region, await loaders.fundingEntriesByRegion.load(region.id));
    },
  },
  RegionStatusChange: {
    from: (change) => change.fromStatus,
    to: (change) => change.toStatus,
  },
};
