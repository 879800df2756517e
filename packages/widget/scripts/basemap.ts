import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { project } from '../src/projection';
import { southTyrolOutline } from './south-tyrol';

/** The countries drawn, by their ISO 3166-1 numeric code as Natural Earth's world-atlas keys them. */
const countries: Record<string, string> = { '276': 'DE', '040': 'AT', '756': 'CH', '380': 'IT', '438': 'LI' };

export interface Outline {
  country: string;
  d: string;
}

function ring(positions: Position[]): string {
  const points = positions.map(([lng, lat]) => project(lng ?? 0, lat ?? 0));
  // Consecutive points that fall on the same tenth of a unit add bytes and nothing visible.
  const kept = points.filter((point, index) => {
    const previous = points[index - 1];
    return !previous || previous[0] !== point[0] || previous[1] !== point[1];
  });
  return `M${kept.map(([x, y]) => `${x} ${y}`).join('L')}Z`;
}

/**
 * The outlines of the basemap as SVG paths, from Natural Earth's 1:50m countries (world-atlas on npm) and its
 * outline of South Tyrol, projected at build time so that the script carries a few kilobytes of paths and no
 * geographic data or library.
 */
export function basemapOutlines(): Outline[] {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Parameters<
    typeof feature
  >[0];
  const countriesObject = topology.objects.countries;
  if (!countriesObject) throw new Error('world-atlas/countries-50m.json has no countries object');
  const collection = feature(topology, countriesObject) as unknown as FeatureCollection<Polygon | MultiPolygon>;
  const drawn = collection.features
    .filter((country) => String(country.id) in countries)
    .map((country) => ({ country: countries[String(country.id)] ?? '', d: path(country.geometry) }));
  // South Tyrol sorts after Italy, so it is drawn over the rest of the country as the part in the network.
  return [...drawn, { country: 'IT-BZ', d: path(southTyrolOutline().geometry) }].sort((a, b) =>
    a.country.localeCompare(b.country),
  );
}

function path(geometry: Polygon | MultiPolygon): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((polygon) => polygon.map(ring)).join('');
}
