/**
 * Value types that several subgraphs expose. Federation wants them defined identically in each, so they are written
 * once here and a subgraph names the ones it uses.
 */
export const sharedTypeSdl = {
  Sector: `"The part of society a person acts from."
enum Sector {
  "Civil society: initiatives, associations, engaged citizens."
  CIVIL_SOCIETY
  "Local and regional politics."
  POLITICS
  "Public administration, regional development, climate-protection management."
  ADMINISTRATION
  "Businesses."
  BUSINESS
  "Science and research."
  SCIENCE
  "Schools and education."
  EDUCATION
  "Any other sector."
  OTHER
}`,
  RegionKind: `"What kind of space a region is."
enum RegionKind {
  "A landscape or rural region."
  REGION
  "A district (Landkreis, Bezirk)."
  DISTRICT
  "A municipality."
  MUNICIPALITY
  "A city."
  CITY
  "A quarter of a city."
  CITY_QUARTER
}`,
  GeoPointInput: `"A point to store."
input GeoPointInput {
  "Latitude, -90 to 90."
  lat: Float!
  "Longitude, -180 to 180."
  lng: Float!
}`,
} as const;

export type SharedType = keyof typeof sharedTypeSdl;
