/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A rectangle on the map. */
export type BoundingBox = {
  /** Eastern longitude. */
  east: number;
  /** Northern latitude. */
  north: number;
  /** Southern latitude. */
  south: number;
  /** Western longitude. */
  west: number;
};

/** How people take part. */
export type ConferenceAttendanceMode =
  /** At the venue, with online participation. */
  | 'HYBRID'
  /** Everyone meets at the venue. */
  | 'IN_PERSON'
  /** Online only; there is no venue. */
  | 'ONLINE';

/** The kind of event. */
export type ConferenceFormat =
  /** Mitmach-Konferenz: the region's large open conference with impulse talks, theme tables and workshops. */
  | 'MITMACH_KONFERENZ'
  /** Mitmach-Werkstatt: a smaller working format on one topic. */
  | 'MITMACH_WERKSTATT'
  /** Erfolgs-Workshop: follows a Mitmach-Konferenz 3 to 6 months later and looks at what came of it. */
  | 'SUCCESS_WORKSHOP';

/**
 * Lifecycle of a conference: DRAFT → OPEN_FOR_REGISTRATION → REGISTRATION_CLOSED → HELD → DOCUMENTED; a conference may be
 * CANCELLED from any status before HELD.
 */
export type ConferenceStatus =
  /** Will not take place. */
  | 'CANCELLED'
  /** Its results are documented. */
  | 'DOCUMENTED'
  /** Being prepared; visible to staff and the region's team only. */
  | 'DRAFT'
  /** Has taken place; attendance can be marked and outcomes recorded. */
  | 'HELD'
  /** Published; people can register. */
  | 'OPEN_FOR_REGISTRATION'
  /** Published; registration has closed. */
  | 'REGISTRATION_CLOSED';

/** Which regions to list; every given criterion must hold. */
export type RegionFilter = {
  /** Only regions in these countries. */
  countries?: Array<'DE' | 'AT' | 'CH' | 'IT'> | null | undefined;
  /** Only regions working in at least one of these fields of action (slugs). */
  fieldsOfAction?: Array<string> | null | undefined;
  /** Only regions in these statuses. */
  statuses?: Array<RegionStatus> | null | undefined;
  /** Only regions whose location lies inside this box. */
  within?: BoundingBox | null | undefined;
};

/**
 * Lifecycle of a region: APPLIED → ACCEPTED → IN_REGIONAL_LAB → ACTIVE → SELF_ORGANISED; a region may pause and resume,
 * and may end.
 */
export type RegionStatus =
  /** Accepted into the network, before the Regionallabor starts. */
  | 'ACCEPTED'
  /** Active after the Regionallabor. */
  | 'ACTIVE'
  /** Applied in an application round. */
  | 'APPLIED'
  /** No longer part of the network. */
  | 'ENDED'
  /** Taking part in the 15-month Regionallabor. */
  | 'IN_REGIONAL_LAB'
  /** Paused for now. */
  | 'PAUSED'
  /** Running on its own, without professional support. */
  | 'SELF_ORGANISED';

/** Which upcoming conferences to list; every given criterion must hold. */
export type UpcomingConferenceFilter = {
  /** Only conferences in these countries. */
  countries?: Array<'DE' | 'AT' | 'CH' | 'IT'> | null | undefined;
  /** Only conferences that focus on, or have a session in, at least one of these fields of action (slugs). */
  fieldsOfAction?: Array<string> | null | undefined;
  /** Only conferences of these formats. */
  formats?: Array<ConferenceFormat> | null | undefined;
  /**
   * Also list conferences that were called off and whose last day has not ended, so that calendars that subscribed to
   * them can show them as cancelled; false unless given.
   */
  includeCancelled?: boolean | null | undefined;
  /** Only conferences of these regions. */
  regionIds?: Array<string> | null | undefined;
};

export type ConferenceQueryVariables = Exact<{
  id: string;
}>;


export type ConferenceQuery = { conference: { id: string, title: string, description: string | null, format: ConferenceFormat, status: ConferenceStatus, startsAt: string, endsAt: string, timeZone: string, remainingCapacity: number, structuredData: Record<string, unknown>, venue: { name: string, address: { city: string, country: 'DE' | 'AT' | 'CH' | 'IT' } } | null, region: { slug: string, name: string } | null } | null };

export type FieldsOfActionQueryVariables = Exact<{ [key: string]: never; }>;


export type FieldsOfActionQuery = { fieldsOfAction: Array<{ slug: string, nameDe: string, nameEn: string, crossCutting: boolean }> };

export type RegionBySlugQueryVariables = Exact<{
  slug: string;
}>;


export type RegionBySlugQuery = { regionBySlug: { id: string, slug: string, name: string, country: 'DE' | 'AT' | 'CH' | 'IT', description: string, website: string | null, structuredData: Record<string, unknown>, location: { lat: number, lng: number }, conferences: { edges: Array<{ node: { id: string, title: string, startsAt: string, endsAt: string, timeZone: string } }> } | null } | null };

export type RegionsMapQueryVariables = Exact<{
  filter?: RegionFilter | null | undefined;
}>;


export type RegionsMapQuery = { regionsGeoJson: { type: string, features: Array<{ type: string, id: string, geometry: { type: string, coordinates: Array<number> }, properties: { slug: string, name: string, country: 'DE' | 'AT' | 'CH' | 'IT', status: RegionStatus, fieldsOfAction: Array<string>, website: string | null } }> } };

export type UpcomingConferencesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: UpcomingConferenceFilter | null | undefined;
}>;


export type UpcomingConferencesQuery = { upcomingConferences: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, format: ConferenceFormat, status: ConferenceStatus, startsAt: string, endsAt: string, timeZone: string, attendanceMode: ConferenceAttendanceMode, days: Array<{ date: string, startsAt: string, endsAt: string }>, venue: { name: string, address: { street: string, postalCode: string, city: string, country: 'DE' | 'AT' | 'CH' | 'IT' }, location: { lat: number, lng: number } } | null, region: { slug: string, name: string, website: string | null } | null } }> } };


export const ConferenceDocument = {"__meta__":{"hash":"sha256:b23a67f0d25cd2ceac5f6a8dabcc0b3af5fe8c7bfe0ea144519c8e4f8ed352cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Conference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"remainingCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"structuredData"}}]}}]}}]} as unknown as DocumentNode<ConferenceQuery, ConferenceQueryVariables>;
export const FieldsOfActionDocument = {"__meta__":{"hash":"sha256:557be170d7dcf56d0fd892937b0385935fcc53c8d7cd3c1a1577cbf2e66a1f68"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FieldsOfAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldsOfAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"nameDe"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"crossCutting"}}]}}]}}]} as unknown as DocumentNode<FieldsOfActionQuery, FieldsOfActionQueryVariables>;
export const RegionBySlugDocument = {"__meta__":{"hash":"sha256:9938b3ad7d59f9212dc5a9c47f1d2e6cad33cc8ea38abf435289eb5534be202f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionBySlug"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionBySlug"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}},{"kind":"Field","name":{"kind":"Name","value":"structuredData"}},{"kind":"Field","name":{"kind":"Name","value":"conferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"timing"},"value":{"kind":"EnumValue","value":"UPCOMING"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionBySlugQuery, RegionBySlugQueryVariables>;
export const RegionsMapDocument = {"__meta__":{"hash":"sha256:44b768420b819276d18ab740860bddb4ce1d9e811e14ec98b7303fb5df1901bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionsMap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RegionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionsGeoJson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"geometry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"coordinates"}}]}},{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fieldsOfAction"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionsMapQuery, RegionsMapQueryVariables>;
export const UpcomingConferencesDocument = {"__meta__":{"hash":"sha256:1b5aaaa87963bca37f776067830f1aa011131cb3f2bb3aa544b62a7d5b719ac9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UpcomingConferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UpcomingConferenceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upcomingConferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceMode"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpcomingConferencesQuery, UpcomingConferencesQueryVariables>;