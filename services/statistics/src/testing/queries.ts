/** The whole network overview, every field, as a reporting dashboard would ask for it. */
export const networkStatisticsQuery = `query($filter: StatisticsFilter) {
  networkStatistics(filter: $filter) {
    period { from to }
    regions {
      total byStatus { status count } joined newPerMonth { periodStart value }
      byCountry { country total joined byStatus { status count } }
    }
    conferences {
      held byFormat { format count }
      participants { total diversityIndex bySector { sector share count { value fewerThan } } }
    }
    outcomes { total byKind { kind count } byFieldOfAction { fieldOfAction { slug } count } }
    actions {
      published adoptionsStarted adoptionsImplemented averageRegionsPerAction
      topActions(first: 5) { action { id } title adoptingRegions }
    }
    learning {
      courses { enrollments completions completionRate targets { kind id title enrollments completions completionRate } }
      programs { enrollments completions completionRate targets { kind id title enrollments completions completionRate } }
      cohorts { enrollments completions completionRate targets { id } }
    }
    funding { depositedCents matchedCents grantedCents }
  }
}`;

export const regionStatisticsFields = `statistics(from: $from, to: $to) {
  period { from to }
  conferencesHeld actionsOriginated adoptionsStarted adoptionsImplemented
  participants { total diversityIndex bySector { sector share count { value fewerThan } } }
  outcomes { total byKind { kind count } }
  funding { depositedCents matchedCents grantedCents }
}`;

export const regionEntitiesQuery = `query($representations: [_Any!]!, $from: Date, $to: Date) {
  _entities(representations: $representations) { ... on Region { id ${regionStatisticsFields} } }
}`;

export const conferenceEntitiesQuery = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Conference { id statistics {
      registrations { confirmed waitlisted cancelled bySector { sector share count { value fewerThan } } }
      participants { total diversityIndex bySector { sector share count { value fewerThan } } }
      attendanceRate
      outcomes { total byKind { kind count } }
    } }
  }
}`;

export const actionEntitiesQuery = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Action { id spread { adoptingRegions byStatus { status count } countries { country regions } } }
  }
}`;

export const seriesQuery = `query($metric: StatisticsMetric!, $interval: StatisticsInterval!, $from: Date!, $to: Date!, $filter: StatisticsSeriesFilter) {
  statisticsSeries(metric: $metric, interval: $interval, from: $from, to: $to, filter: $filter) {
    metric interval points { periodStart value }
  }
}`;
