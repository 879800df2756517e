import { demoOutcomes, organizationId, outcomeId, personId } from '@mitmach/demo-network';
import type { outcomes } from '../db/schema';
import { addDays, type SeedConference } from './seed-conference';

type NewOutcome = typeof outcomes.$inferInsert;

/** What a conference produced, as the demo network tells it, recorded two days after its last day, an hour apart. */
export function outcomeRows(conference: SeedConference): NewOutcome[] {
  const recordedFrom = addDays(conference.days.at(-1)?.endsAt ?? new Date(), 2);
  return demoOutcomes
    .filter((outcome) => outcome.conferenceKey === conference.plan.key)
    .map((outcome, index) => ({
      id: outcomeId(outcome.key),
      conferenceId: conference.id,
      kind: outcome.kind,
      title: outcome.title,
      description: outcome.description,
      fieldSlugs: outcome.fieldsOfAction,
      sdgs: outcome.sdgs,
      responsiblePersonIds: outcome.responsiblePersonKeys.map(personId),
      partnerOrganizationIds: outcome.partnerOrganizationKeys.map(organizationId),
      nextSteps: outcome.nextSteps,
      recordedAt: new Date(recordedFrom.getTime() + index * 3_600_000),
    }));
}
