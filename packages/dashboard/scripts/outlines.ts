// Writes the basemap the regions page draws: the outlines of the four countries of the network, taken from Natural
// Earth's 1:50m countries (the world-atlas package), coordinates rounded to about a kilometre so the file stays small.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';

const countries: Record<string, string> = { '276': 'DE', '040': 'AT', '756': 'CH', '380': 'IT' };
const require = createRequire(import.meta.url);
type Topology = Parameters<typeof feature>[0];
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
const countriesObject = topology.objects.countries as Parameters<typeof feature>[1];
const collection = feature(topology, countriesObject) as unknown as {
  features: { id?: string | number; geometry: { type: string; coordinates: unknown } }[];
};
const round = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(round) : typeof value === 'number' ? Math.round(value * 100) / 100 : value;
const features = collection.features
  .filter((country) => String(country.id) in countries)
  .map((country) => ({
    type: 'Feature',
    properties: { name: countries[String(country.id)] },
    geometry: { type: country.geometry.type, coordinates: round(country.geometry.coordinates) },
  }));
const target = new URL('../src/generated/outlines.json', import.meta.url);
writeFileSync(target, `${JSON.stringify({ type: 'FeatureCollection', features })}\n`);
process.stdout.write(`${features.length} outlines written to ${target.pathname}\n`);
