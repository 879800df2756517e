import { seedId } from '@mitmach/db';

// Every service derives the ids of demo records from the same keys, so that references across services line up
// without any service reading another's tables.
export const regionId = (slug: string) => seedId('region', slug);
export const personId = (key: string) => seedId('person', key);
export const organizationId = (key: string) => seedId('organization', key);
export const conferenceId = (key: string) => seedId('conference', key);
export const outcomeId = (key: string) => seedId('outcome', key);
export const actionId = (key: string) => seedId('action', key);
export const programId = (key: string) => seedId('program', key);
export const cohortId = (key: string) => seedId('cohort', key);
export const courseId = (key: string) => seedId('course', key);
