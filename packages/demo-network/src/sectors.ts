import { randomFor } from './random';
import type { SeedRegion } from './regions';

export type Sector = 'civil_society' | 'politics' | 'administration' | 'business' | 'science' | 'education' | 'other';

type Weights = Record<Sector, number>;

// Civil society leads everywhere. In the countryside farms, trades and the mayors of small municipalities come in
// numbers; in cities associations, universities and schools do.
const countryside: Weights = {
  civil_society: 30,
  business: 22,
  politics: 14,
  administration: 14,
  education: 8,
  science: 3,
  other: 9,
};
const city: Weights = {
  civil_society: 42,
  business: 10,
  politics: 7,
  administration: 10,
  education: 11,
  science: 13,
  other: 7,
};

// What sets some regions apart from others of their kind.
const character: Record<string, Partial<Weights>> = {
  tuebingen: { science: 18 },
  'freiburg-im-breisgau': { science: 14 },
  'aachener-umland': { science: 12, business: 6 },
  graz: { science: 10 },
  bern: { administration: 8, science: 6 },
  basel: { science: 8 },
  'leipzig-plagwitz': { civil_society: 12, other: 4 },
  'soester-boerde': { business: 14 },
  vinschgau: { business: 14 },
  'ueberetsch-unterland': { business: 12 },
  allgaeu: { business: 10 },
  muehlviertel: { business: 10 },
  'rhoen-grabfeld': { business: 8, politics: 4 },
  oberthurgau: { business: 12 },
  bregenzerwald: { business: 10 },
  chiemgau: { business: 8 },
  uckermark: { politics: 6, administration: 6 },
  tangerhuette: { politics: 10, administration: 6 },
  wurzen: { politics: 6, civil_society: 6 },
  'neulengbach-im-wienerwald': { politics: 8 },
  'saale-holzland-kreis': { administration: 8 },
  'wien-ottakring': { civil_society: 14 },
  hamburg: { civil_society: 8, education: 4 },
};

/**
 * How the people of a region who come to its conferences spread over the sectors: by the kind of region, its
 * character, and a little of its own, so that no two regions have the same mix.
 */
export function sectorWeights(region: SeedRegion): Weights {
  const base = region.kind === 'city' || region.kind === 'city_quarter' ? city : countryside;
  const own = character[region.slug] ?? {};
  const random = randomFor(`sectors:${region.slug}`);
  const weights = { ...base };
  for (const sector of Object.keys(weights) as Sector[]) {
    weights[sector] = (base[sector] + (own[sector] ?? 0)) * (0.75 + random.next() / 2);
  }
  return weights;
}
