declare module 'virtual:mitmach-basemap' {
  /** Country outlines as SVG path data in the map's units (see projection.ts). */
  export const outlines: { country: string; d: string }[];
}
