import type { AdministrativeArea, Organization, WithContext } from 'schema-dts';
import type { RegionRow } from '../../db/schema';

const countryNames: Record<string, string> = {
  DE: 'Deutschland',
  AT: 'Österreich',
  CH: 'Schweiz',
  IT: 'Italien',
};

/** The network every region belongs to. */
const network: Organization = { '@type': 'Organization', name: 'Mitmach-Regionen' };

/** A region's team as a schema.org Organization serving the region's area. */
export function regionStructuredData(region: RegionRow, fieldsOfAction: readonly string[]): WithContext<Organization> {
  const areaServed: AdministrativeArea = {
    '@type': 'AdministrativeArea',
    name: region.name,
    geo: { '@type': 'GeoCoordinates', latitude: region.lat, longitude: region.lng },
    containedInPlace: {
      '@type': 'AdministrativeArea',
      identifier: region.subdivision,
      containedInPlace: { '@type': 'Country', identifier: region.country, name: countryNames[region.country] },
    },
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': `urn:uuid:${region.id}`,
    identifier: region.slug,
    name: `Mitmach-Region ${region.name}`,
    description: region.description,
    ...(region.website ? { url: region.website } : {}),
    ...(region.publicContact ? { email: region.publicContact } : {}),
    areaServed,
    memberOf: network,
    ...(fieldsOfAction.length > 0 ? { knowsAbout: [...fieldsOfAction] } : {}),
  };
}
