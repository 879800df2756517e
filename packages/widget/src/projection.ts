/** The part of the world the map shows: Germany, Austria, Switzerland and South Tyrol, with a margin. */
export const frame = { west: 5.4, east: 17.6, south: 45.6, north: 55.2 } as const;

// An equirectangular projection stretched by the cosine of the frame's middle latitude keeps the shapes of a
// map this small true enough, and is a few lines rather than a projection library in the script.
const middle = ((frame.south + frame.north) / 2) * (Math.PI / 180);
export const mapWidth = 600;
const scale = mapWidth / ((frame.east - frame.west) * Math.cos(middle));
export const mapHeight = Math.round((frame.north - frame.south) * scale);

/** Where a longitude and latitude lie on the map, in its SVG units, rounded to a tenth. */
export function project(lng: number, lat: number): [number, number] {
  const x = (lng - frame.west) * Math.cos(middle) * scale;
  const y = (frame.north - lat) * scale;
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}
