import { seedRegions } from './regions';

export type OrganizationKind =
  | 'initiative'
  | 'association'
  | 'company'
  | 'municipality'
  | 'public_agency'
  | 'foundation'
  | 'school';

export interface DemoOrganization {
  key: string;
  name: string;
  kind: OrganizationKind;
  regionSlug: string | null;
  fieldsOfAction: string[];
  website: string | null;
  /** Keys of the organisations that carry this one (the initiative's Trägerorganisationen). */
  supportedBy: string[];
}

/** The initiative itself and its carrying organisations. */
export const networkOrganizations: DemoOrganization[] = [
  {
    key: 'schweisfurth-stiftung',
    name: 'Schweisfurth Stiftung',
    kind: 'foundation',
    website: 'https://www.schweisfurth-stiftung.de',
  },
  {
    key: 'pioneers-of-change',
    name: 'Pioneers of Change',
    kind: 'association',
    website: 'https://www.pioneersofchange.org',
  },
  { key: 'wirundjetzt', name: 'wirundjetzt e.V.', kind: 'association', website: null },
  { key: 'be-the-change', name: 'Be The Change Stiftung', kind: 'foundation', website: null },
].map((organization) => ({
  ...organization,
  kind: organization.kind as OrganizationKind,
  regionSlug: null,
  fieldsOfAction: [],
  supportedBy: [],
}));

export const initiativeKey = 'mitmach-regionen-initiative';

const municipalityName: Record<string, string> = {
  city: 'Stadt',
  city_quarter: 'Bezirksamt',
  municipality: 'Gemeinde',
  district: 'Landkreis',
  region: 'Regionalmanagement',
};

/** Per region: the regional team's association, the municipality, climate-protection management, a business, a school. */
export function demoOrganizations(): DemoOrganization[] {
  const organizations: DemoOrganization[] = [
    ...networkOrganizations,
    {
      key: initiativeKey,
      name: 'Mitmach-Regionen Initiative',
      kind: 'initiative',
      regionSlug: null,
      fieldsOfAction: [],
      website: 'https://www.mitmach-region.org',
      supportedBy: ['schweisfurth-stiftung', 'pioneers-of-change'],
    },
  ];
  for (const region of seedRegions) {
    const fields = region.fieldsOfAction;
    organizations.push(
      {
        key: `${region.slug}:team`,
        name: `Mitmach-Region ${region.name}`,
        kind: 'initiative',
        regionSlug: region.slug,
        fieldsOfAction: fields,
        website: region.website,
        supportedBy: [initiativeKey],
      },
      {
        key: `${region.slug}:municipality`,
        name: `${municipalityName[region.kind] ?? 'Gemeinde'} ${region.name}`,
        kind: 'municipality',
        regionSlug: region.slug,
        fieldsOfAction: [],
        website: null,
        supportedBy: [],
      },
      {
        key: `${region.slug}:climate-management`,
        name: `Klimaschutzmanagement ${region.name}`,
        kind: 'public_agency',
        regionSlug: region.slug,
        fieldsOfAction: fields.filter(
          (field) => field === 'energy' || field === 'mobility' || field === 'energy-transport',
        ),
        website: null,
        supportedBy: [],
      },
      {
        key: `${region.slug}:business`,
        name: `Regionalwert ${region.name} eG`,
        kind: 'company',
        regionSlug: region.slug,
        fieldsOfAction: fields.filter(
          (field) => field === 'economy' || field === 'agriculture-food' || field === 'food',
        ),
        website: null,
        supportedBy: [],
      },
      {
        key: `${region.slug}:school`,
        name: `Gesamtschule ${region.name}`,
        kind: 'school',
        regionSlug: region.slug,
        fieldsOfAction: ['social-cohesion'],
        website: null,
        supportedBy: [],
      },
    );
  }
  return organizations;
}
