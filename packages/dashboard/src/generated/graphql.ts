/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** Which regions to list; every given criterion must hold. */
export type RegionFilter = {
  /** Only regions in these countries. */
  countries?: Array<string> | null | undefined;
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

/** The part of society a person acts from. */
export type Sector =
  /** Public administration, regional development, climate-protection management. */
  | 'ADMINISTRATION'
  /** Businesses. */
  | 'BUSINESS'
  /** Civil society: initiatives, associations, engaged citizens. */
  | 'CIVIL_SOCIETY'
  /** Schools and education. */
  | 'EDUCATION'
  /** Any other sector. */
  | 'OTHER'
  /** Local and regional politics. */
  | 'POLITICS'
  /** Science and research. */
  | 'SCIENCE';

/** Format of a conference. */
export type StatisticsConferenceFormat =
  /** Mitmach-Konferenz. */
  | 'MITMACH_KONFERENZ'
  /** Mitmach-Werkstatt. */
  | 'MITMACH_WERKSTATT'
  /** Erfolgs-Workshop, 3 to 6 months after a Mitmach-Konferenz. */
  | 'SUCCESS_WORKSHOP';

/**
 * Which part of the network's history to count. Figures are kept per calendar month (Central European time), so a
 * period covers every whole month it touches: from 2025-03-15 to 2025-04-02 counts March and April.
 */
export type StatisticsFilter = {
  /**
   * Only these countries; all when absent. An enrolment counts in the country of the region the person learns for;
   * enrolments that name no region count only when no country is asked for.
   */
  countries?: Array<string> | null | undefined;
  /**
   * Only things with at least one of these fields of action (slugs). Applies to regions, outcomes, actions and
   * adoptions; conferences, participants, learning and funding have no fields of action and ignore it.
   */
  fieldsOfAction?: Array<string> | null | undefined;
  /** First day of the period; by default the first month of the network's history (January 2000). */
  from?: string | null | undefined;
  /** Last day of the period; by default today. */
  to?: string | null | undefined;
};

/** Length of the periods of a series. */
export type StatisticsInterval =
  /** Calendar months. */
  | 'MONTH'
  /** Calendar quarters, starting in January, April, July and October. */
  | 'QUARTER'
  /** Calendar years. */
  | 'YEAR';

/** A figure that can be shown as a series. */
export type StatisticsMetric =
  /** Actions first published. */
  | 'ACTIONS_PUBLISHED'
  /** Adoptions implemented. */
  | 'ADOPTIONS_IMPLEMENTED'
  /** Adoptions started. */
  | 'ADOPTIONS_STARTED'
  /** Enrollments completed. */
  | 'COMPLETIONS'
  /** Conferences held. */
  | 'CONFERENCES_HELD'
  /** Enrollments started (courses, programmes and cohorts). */
  | 'ENROLLMENTS'
  /** Deposits into the funding pot, in cents. */
  | 'FUNDING_DEPOSITED_CENTS'
  /** Grants paid out, in cents. */
  | 'FUNDING_GRANTED_CENTS'
  /** Matching funds, in cents. */
  | 'FUNDING_MATCHED_CENTS'
  /** Outcomes recorded. */
  | 'OUTCOMES'
  /** Participants of the conferences held (attendance marked). */
  | 'PARTICIPANTS'
  /** Regions in the network at the end of each period (every status but ended). */
  | 'REGIONS'
  /** Regions that joined in the period. */
  | 'REGIONS_JOINED';

/** Countries and fields of action to count, as in StatisticsFilter. */
export type StatisticsSeriesFilter = {
  /** Only these countries; all when absent. */
  countries?: Array<string> | null | undefined;
  /** Only things with at least one of these fields of action, where the figure has fields of action. */
  fieldsOfAction?: Array<string> | null | undefined;
};

export type SuppressedCountFragment = { value: number | null, fewerThan: number | null };

export type HeadlineFiguresFragment = { regions: { total: number, joined: number }, conferences: { held: number, participants: { total: number } }, outcomes: { total: number }, actions: { published: number, adoptionsStarted: number }, learning: { courses: { enrollments: number }, programs: { enrollments: number }, cohorts: { enrollments: number } }, funding: { depositedCents: number, matchedCents: number, grantedCents: number } };

export type NetworkFiguresQueryVariables = Exact<{
  filter: StatisticsFilter;
  previous: StatisticsFilter;
}>;


export type NetworkFiguresQuery = { previous: { regions: { total: number, joined: number }, conferences: { held: number, participants: { total: number } }, outcomes: { total: number }, actions: { published: number, adoptionsStarted: number }, learning: { courses: { enrollments: number }, programs: { enrollments: number }, cohorts: { enrollments: number } }, funding: { depositedCents: number, matchedCents: number, grantedCents: number } }, current: { updatedAt: string | null, period: { from: string, to: string }, regions: { total: number, joined: number, byCountry: Array<{ country: string, total: number, joined: number }> }, conferences: { held: number, byFormat: Array<{ format: StatisticsConferenceFormat, count: number }>, participants: { total: number, diversityIndex: number | null, bySector: Array<{ sector: Sector, share: number | null, count: { value: number | null, fewerThan: number | null } }> } }, outcomes: { total: number }, actions: { published: number, adoptionsStarted: number, adoptionsImplemented: number, averageRegionsPerAction: number | null, topActions: Array<{ title: string, adoptingRegions: number, action: { id: string, spread: { countries: Array<{ country: string, regions: number }> } | null } | null }> }, learning: { courses: { enrollments: number, completions: number, completionRate: number | null, targets: Array<{ id: string, title: string, enrollments: number, completions: number, completionRate: number | null }> }, programs: { enrollments: number, completions: number, completionRate: number | null, targets: Array<{ id: string, title: string, enrollments: number, completions: number, completionRate: number | null }> }, cohorts: { enrollments: number, completions: number, completionRate: number | null, targets: Array<{ id: string, title: string, enrollments: number, completions: number, completionRate: number | null }> } }, funding: { depositedCents: number, matchedCents: number, grantedCents: number } } };

export type LearningKindFragment = { enrollments: number, completions: number, completionRate: number | null, targets: Array<{ id: string, title: string, enrollments: number, completions: number, completionRate: number | null }> };

export type SeriesQueryVariables = Exact<{
  metric: StatisticsMetric;
  interval: StatisticsInterval;
  from: string;
  to: string;
  filter?: StatisticsSeriesFilter | null | undefined;
}>;


export type SeriesQuery = { statisticsSeries: { points: Array<{ periodStart: string, value: number }> } };

export type RegionPointsQueryVariables = Exact<{
  filter?: RegionFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type RegionPointsQuery = { regions: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, country: string, joinedOn: string, location: { lat: number, lng: number } } }> } };

export type FieldsOfActionQueryVariables = Exact<{ [key: string]: never; }>;


export type FieldsOfActionQuery = { fieldsOfAction: Array<{ slug: string, nameDe: string, nameEn: string }> };

export type SectorMixQueryVariables = Exact<{
  filter: StatisticsFilter;
}>;


export type SectorMixQuery = { networkStatistics: { period: { from: string }, conferences: { participants: { total: number, diversityIndex: number | null, bySector: Array<{ sector: Sector, share: number | null, count: { value: number | null, fewerThan: number | null } }> } } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SuppressedCountFragmentDoc = new TypedDocumentString(`
    fragment SuppressedCount on SuppressibleCount {
  value
  fewerThan
}
    `, {"fragmentName":"SuppressedCount"}) as unknown as TypedDocumentString<SuppressedCountFragment, unknown>;
export const HeadlineFiguresFragmentDoc = new TypedDocumentString(`
    fragment HeadlineFigures on NetworkStatistics {
  regions {
    total
    joined
  }
  conferences {
    held
    participants {
      total
    }
  }
  outcomes {
    total
  }
  actions {
    published
    adoptionsStarted
  }
  learning {
    courses {
      enrollments
    }
    programs {
      enrollments
    }
    cohorts {
      enrollments
    }
  }
  funding {
    depositedCents
    matchedCents
    grantedCents
  }
}
    `, {"fragmentName":"HeadlineFigures"}) as unknown as TypedDocumentString<HeadlineFiguresFragment, unknown>;
export const LearningKindFragmentDoc = new TypedDocumentString(`
    fragment LearningKind on StatisticsLearningKindFigures {
  enrollments
  completions
  completionRate
  targets {
    id
    title
    enrollments
    completions
    completionRate
  }
}
    `, {"fragmentName":"LearningKind"}) as unknown as TypedDocumentString<LearningKindFragment, unknown>;
export const NetworkFiguresDocument = new TypedDocumentString(`
    query NetworkFigures($filter: StatisticsFilter!, $previous: StatisticsFilter!) {
  previous: networkStatistics(filter: $previous) {
    ...HeadlineFigures
  }
  current: networkStatistics(filter: $filter) {
    updatedAt
    period {
      from
      to
    }
    regions {
      total
      joined
      byCountry {
        country
        total
        joined
      }
    }
    conferences {
      held
      byFormat {
        format
        count
      }
      participants {
        total
        diversityIndex
        bySector {
          sector
          share
          count {
            ...SuppressedCount
          }
        }
      }
    }
    outcomes {
      total
    }
    actions {
      published
      adoptionsStarted
      adoptionsImplemented
      averageRegionsPerAction
      topActions(first: 8) {
        title
        adoptingRegions
        action {
          id
          spread {
            countries {
              country
              regions
            }
          }
        }
      }
    }
    learning {
      courses {
        ...LearningKind
      }
      programs {
        ...LearningKind
      }
      cohorts {
        ...LearningKind
      }
    }
    funding {
      depositedCents
      matchedCents
      grantedCents
    }
  }
}
    fragment SuppressedCount on SuppressibleCount {
  value
  fewerThan
}
fragment HeadlineFigures on NetworkStatistics {
  regions {
    total
    joined
  }
  conferences {
    held
    participants {
      total
    }
  }
  outcomes {
    total
  }
  actions {
    published
    adoptionsStarted
  }
  learning {
    courses {
      enrollments
    }
    programs {
      enrollments
    }
    cohorts {
      enrollments
    }
  }
  funding {
    depositedCents
    matchedCents
    grantedCents
  }
}
fragment LearningKind on StatisticsLearningKindFigures {
  enrollments
  completions
  completionRate
  targets {
    id
    title
    enrollments
    completions
    completionRate
  }
}`) as unknown as TypedDocumentString<NetworkFiguresQuery, NetworkFiguresQueryVariables>;
export const SeriesDocument = new TypedDocumentString(`
    query Series($metric: StatisticsMetric!, $interval: StatisticsInterval!, $from: Date!, $to: Date!, $filter: StatisticsSeriesFilter) {
  statisticsSeries(
    metric: $metric
    interval: $interval
    from: $from
    to: $to
    filter: $filter
  ) {
    points {
      periodStart
      value
    }
  }
}
    `) as unknown as TypedDocumentString<SeriesQuery, SeriesQueryVariables>;
export const RegionPointsDocument = new TypedDocumentString(`
    query RegionPoints($filter: RegionFilter, $after: String) {
  regions(first: 100, after: $after, filter: $filter) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        country
        joinedOn
        location {
          lat
          lng
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RegionPointsQuery, RegionPointsQueryVariables>;
export const FieldsOfActionDocument = new TypedDocumentString(`
    query FieldsOfAction {
  fieldsOfAction {
    slug
    nameDe
    nameEn
  }
}
    `) as unknown as TypedDocumentString<FieldsOfActionQuery, FieldsOfActionQueryVariables>;
export const SectorMixDocument = new TypedDocumentString(`
    query SectorMix($filter: StatisticsFilter!) {
  networkStatistics(filter: $filter) {
    period {
      from
    }
    conferences {
      participants {
        total
        diversityIndex
        bySector {
          sector
          share
          count {
            ...SuppressedCount
          }
        }
      }
    }
  }
}
    fragment SuppressedCount on SuppressibleCount {
  value
  fewerThan
}`) as unknown as TypedDocumentString<SectorMixQuery, SectorMixQueryVariables>;