/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Conference($id: UUID!) {\n  conference(id: $id) {\n    id\n    title\n    description\n    format\n    status\n    startsAt\n    endsAt\n    timeZone\n    remainingCapacity\n    venue {\n      name\n      address {\n        city\n        country\n      }\n    }\n    region {\n      slug\n      name\n    }\n    structuredData\n  }\n}": typeof types.ConferenceDocument,
    "query FieldsOfAction {\n  fieldsOfAction {\n    slug\n    nameDe\n    nameEn\n    crossCutting\n  }\n}": typeof types.FieldsOfActionDocument,
    "query RegionBySlug($slug: String!) {\n  regionBySlug(slug: $slug) {\n    id\n    slug\n    name\n    country\n    description\n    website\n    location {\n      lat\n      lng\n    }\n    structuredData\n    conferences(first: 5, filter: {timing: UPCOMING}) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          endsAt\n          timeZone\n        }\n      }\n    }\n  }\n}": typeof types.RegionBySlugDocument,
    "query RegionsMap($filter: RegionFilter) {\n  regionsGeoJson(filter: $filter) {\n    type\n    features {\n      type\n      id\n      geometry {\n        type\n        coordinates\n      }\n      properties {\n        slug\n        name\n        country\n        status\n        fieldsOfAction\n        website\n      }\n    }\n  }\n}": typeof types.RegionsMapDocument,
    "query UpcomingConferences($first: Int = 20, $after: String, $filter: UpcomingConferenceFilter) {\n  upcomingConferences(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        title\n        format\n        status\n        startsAt\n        endsAt\n        timeZone\n        attendanceMode\n        days {\n          date\n          startsAt\n          endsAt\n        }\n        venue {\n          name\n          address {\n            street\n            postalCode\n            city\n            country\n          }\n          location {\n            lat\n            lng\n          }\n        }\n        region {\n          slug\n          name\n          website\n        }\n      }\n    }\n  }\n}": typeof types.UpcomingConferencesDocument,
};
const documents: Documents = {
    "query Conference($id: UUID!) {\n  conference(id: $id) {\n    id\n    title\n    description\n    format\n    status\n    startsAt\n    endsAt\n    timeZone\n    remainingCapacity\n    venue {\n      name\n      address {\n        city\n        country\n      }\n    }\n    region {\n      slug\n      name\n    }\n    structuredData\n  }\n}": types.ConferenceDocument,
    "query FieldsOfAction {\n  fieldsOfAction {\n    slug\n    nameDe\n    nameEn\n    crossCutting\n  }\n}": types.FieldsOfActionDocument,
    "query RegionBySlug($slug: String!) {\n  regionBySlug(slug: $slug) {\n    id\n    slug\n    name\n    country\n    description\n    website\n    location {\n      lat\n      lng\n    }\n    structuredData\n    conferences(first: 5, filter: {timing: UPCOMING}) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          endsAt\n          timeZone\n        }\n      }\n    }\n  }\n}": types.RegionBySlugDocument,
    "query RegionsMap($filter: RegionFilter) {\n  regionsGeoJson(filter: $filter) {\n    type\n    features {\n      type\n      id\n      geometry {\n        type\n        coordinates\n      }\n      properties {\n        slug\n        name\n        country\n        status\n        fieldsOfAction\n        website\n      }\n    }\n  }\n}": types.RegionsMapDocument,
    "query UpcomingConferences($first: Int = 20, $after: String, $filter: UpcomingConferenceFilter) {\n  upcomingConferences(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        title\n        format\n        status\n        startsAt\n        endsAt\n        timeZone\n        attendanceMode\n        days {\n          date\n          startsAt\n          endsAt\n        }\n        venue {\n          name\n          address {\n            street\n            postalCode\n            city\n            country\n          }\n          location {\n            lat\n            lng\n          }\n        }\n        region {\n          slug\n          name\n          website\n        }\n      }\n    }\n  }\n}": types.UpcomingConferencesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Conference($id: UUID!) {\n  conference(id: $id) {\n    id\n    title\n    description\n    format\n    status\n    startsAt\n    endsAt\n    timeZone\n    remainingCapacity\n    venue {\n      name\n      address {\n        city\n        country\n      }\n    }\n    region {\n      slug\n      name\n    }\n    structuredData\n  }\n}"): (typeof documents)["query Conference($id: UUID!) {\n  conference(id: $id) {\n    id\n    title\n    description\n    format\n    status\n    startsAt\n    endsAt\n    timeZone\n    remainingCapacity\n    venue {\n      name\n      address {\n        city\n        country\n      }\n    }\n    region {\n      slug\n      name\n    }\n    structuredData\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FieldsOfAction {\n  fieldsOfAction {\n    slug\n    nameDe\n    nameEn\n    crossCutting\n  }\n}"): (typeof documents)["query FieldsOfAction {\n  fieldsOfAction {\n    slug\n    nameDe\n    nameEn\n    crossCutting\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegionBySlug($slug: String!) {\n  regionBySlug(slug: $slug) {\n    id\n    slug\n    name\n    country\n    description\n    website\n    location {\n      lat\n      lng\n    }\n    structuredData\n    conferences(first: 5, filter: {timing: UPCOMING}) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          endsAt\n          timeZone\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query RegionBySlug($slug: String!) {\n  regionBySlug(slug: $slug) {\n    id\n    slug\n    name\n    country\n    description\n    website\n    location {\n      lat\n      lng\n    }\n    structuredData\n    conferences(first: 5, filter: {timing: UPCOMING}) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          endsAt\n          timeZone\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegionsMap($filter: RegionFilter) {\n  regionsGeoJson(filter: $filter) {\n    type\n    features {\n      type\n      id\n      geometry {\n        type\n        coordinates\n      }\n      properties {\n        slug\n        name\n        country\n        status\n        fieldsOfAction\n        website\n      }\n    }\n  }\n}"): (typeof documents)["query RegionsMap($filter: RegionFilter) {\n  regionsGeoJson(filter: $filter) {\n    type\n    features {\n      type\n      id\n      geometry {\n        type\n        coordinates\n      }\n      properties {\n        slug\n        name\n        country\n        status\n        fieldsOfAction\n        website\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UpcomingConferences($first: Int = 20, $after: String, $filter: UpcomingConferenceFilter) {\n  upcomingConferences(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        title\n        format\n        status\n        startsAt\n        endsAt\n        timeZone\n        attendanceMode\n        days {\n          date\n          startsAt\n          endsAt\n        }\n        venue {\n          name\n          address {\n            street\n            postalCode\n            city\n            country\n          }\n          location {\n            lat\n            lng\n          }\n        }\n        region {\n          slug\n          name\n          website\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query UpcomingConferences($first: Int = 20, $after: String, $filter: UpcomingConferenceFilter) {\n  upcomingConferences(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        title\n        format\n        status\n        startsAt\n        endsAt\n        timeZone\n        attendanceMode\n        days {\n          date\n          startsAt\n          endsAt\n        }\n        venue {\n          name\n          address {\n            street\n            postalCode\n            city\n            country\n          }\n          location {\n            lat\n            lng\n          }\n        }\n        region {\n          slug\n          name\n          website\n        }\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;