/**
 * What every subgraph's SDL starts with: the federation link, the cache-control directive, the shared scalars and the
 * types every subgraph shares. Kept in code rather than a .graphql file so that a bundled service carries it.
 */
export const baseSdl = /* GraphQL */ `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires"])

"""
How long (seconds) and for whom a field's value may be cached; turned into the HTTP Cache-Control header.
"""
directive @cacheControl(
  maxAge: Int
  scope: CacheControlScope
  inheritMaxAge: Boolean
) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION

"""
Who may cache a response: every cache (PUBLIC) or only the caller's own client (PRIVATE).
"""
enum CacheControlScope {
  "Shared caches may keep the response."
  PUBLIC
  "Only the caller's own client may keep the response."
  PRIVATE
}

"A UUID in canonical text form."
scalar UUID
"A calendar date, ISO-8601 (YYYY-MM-DD)."
scalar Date
"A point in time, ISO-8601 with offset."
scalar DateTime
"An e-mail address."
scalar EmailAddress
"An absolute http(s) URL."
scalar URL
"ISO 3166-1 alpha-2 country code of the network: DE, AT, CH or IT (South Tyrol)."
scalar CountryCode

"Position in a cursor-paginated list."
type PageInfo @shareable @cacheControl(inheritMaxAge: true) {
  "Whether more items follow the last edge."
  hasNextPage: Boolean!
  "Whether items precede the first edge."
  hasPreviousPage: Boolean!
  "Cursor of the first edge."
  startCursor: String
  "Cursor of the last edge; pass it as \`after\` for the next page."
  endCursor: String
}

"A problem with a mutation's input that the caller can fix."
type UserError @shareable {
  "Path to the input field that is wrong, e.g. [\\"input\\", \\"location\\", \\"lat\\"]."
  field: [String!]!
  "What is wrong, in words for people."
  message: String!
  "Machine-readable reason, e.g. INVALID, NOT_FOUND, TAKEN, ILLEGAL_TRANSITION."
  code: String!
}
`;
