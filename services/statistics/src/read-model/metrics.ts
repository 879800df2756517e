/** Names of the counters. Network and region counters are per month; entity counters cover a whole life. */
export const metric = {
  regionsJoined: 'regions.joined',
  // Moves: +1 in the month a region reaches a status, -1 in the month it leaves it; summed up to a date it gives the
  // number of regions in each status on that date.
  regionStatus: 'regions.status',
  conferencesHeld: 'conferences.held',
  participants: 'conferences.participants',
  outcomes: 'outcomes',
  actionsPublished: 'actions.published',
  actionsOriginated: 'actions.originated',
  adoptionsStarted: 'adoptions.started',
  adoptionsImplemented: 'adoptions.implemented',
  // Per action (dimension: action id), adoptions that are not abandoned: the spread of each action.
  adoptionsByAction: 'adoptions.by-action',
  enrollments: 'learning.enrollments',
  completions: 'learning.completions',
  // Completed enrollments, in the month they started: the numerator of the completion rate.
  completedEnrollments: 'learning.completed-enrollments',
  funding: 'funding',
  registrations: 'registrations',
  registeredBySector: 'registrations.sector',
  attendedBySector: 'attendance.sector',
  spreadByStatus: 'spread.status',
  spreadByCountry: 'spread.country',
} as const;

export type MetricName = (typeof metric)[keyof typeof metric];

/** Metrics whose counted things carry fields of action, so that the field filter applies to them. */
export const metricsWithFields: readonly MetricName[] = [
  metric.regionsJoined,
  metric.regionStatus,
  metric.outcomes,
  metric.actionsPublished,
  metric.adoptionsStarted,
  metric.adoptionsImplemented,
  metric.adoptionsByAction,
];
