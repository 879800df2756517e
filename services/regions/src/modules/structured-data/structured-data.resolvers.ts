import { JsonObject } from '@mitmach/server-kit';
import type { Resolvers } from '../../generated/graphql';
import { regionStructuredData } from './region-structured-data';

export const structuredDataResolvers: Resolvers = {
  JSON: JsonObject,
  Region: {
    structuredData: async (region, _args, { loaders }) => {
      const fields = await loaders.fieldsOfActionByRegion.load(region.id);
      return regionStructuredData(
        region,
        fields.map((entry) => entry.field.nameDe),
      ) as unknown as Record<string, unknown>;
    },
  },
};
