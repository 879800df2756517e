import { demoOutcomes, organizationId, outcomeId, personId, teamPersonKey } from '@mitmach/demo-network';
import type { outcomes } from '../db/schema';
import { addDays, type SeedConference } from './seed-conference';

type NewOutcome = typeof outcomes.$inferInsert;

/**
 * What a region's first Mitmach-Konferenz produced: the outcomes the demo network tells of (the action pool builds on
 * them), an open networking meeting that every region agreed on, and in every second region a published initiative map.
 */
export function outcomeRows(conference: SeedConference, regionIndex: number): NewOutcome[] {
  const { region } = conference;
  const slug = region.slug;
  const fields = conference.plan.fieldsOfAction;
  const told: Omit<NewOutcome, 'recordedAt'>[] = demoOutcomes
    .filter((outcome) => outcome.regionSlug === slug)
    .map((outcome) => ({
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
    }));
  const generic: Omit<NewOutcome, 'recordedAt'>[] = [
    {
      id: outcomeId(`${conference.plan.key}:vernetzungstreffen`),
      conferenceId: conference.id,
      kind: 'cooperation',
      title: 'Offenes Vernetzungstreffen der Initiativen',
      description: `Die Initiativen aus ${region.name} treffen sich alle drei Monate reihum bei einer von ihnen, tauschen sich aus und stimmen gemeinsame Vorhaben ab.`,
      fieldSlugs: fields.includes('social-cohesion') ? ['social-cohesion'] : fields.slice(0, 1),
      sdgs: [11, 17],
      responsiblePersonIds: [personId(teamPersonKey(slug, 'moderator'))],
      partnerOrganizationIds: [organizationId(`${slug}:team`), organizationId(`${slug}:municipality`)],
      nextSteps: 'Termine für das erste Jahr festlegen, Einladungsliste aus den Anmeldungen erstellen.',
    },
    ...(regionIndex % 2 === 0
      ? [
          {
            id: outcomeId(`${conference.plan.key}:landkarte`),
            conferenceId: conference.id,
            kind: 'project' as const,
            title: 'Initiativen-Landkarte online stellen',
            description: `Die auf der Konferenz gezeichnete Landkarte der Initiativen in ${region.name} wird digitalisiert und auf der Website des Regional-Teams veröffentlicht.`,
            fieldSlugs: fields.slice(0, 2),
            sdgs: [11, 17],
            responsiblePersonIds: [personId(teamPersonKey(slug, 'member-2'))],
            partnerOrganizationIds: [organizationId(`${slug}:school`)],
            nextSteps: 'Einträge prüfen, Einverständnis der Initiativen einholen, Karte veröffentlichen.',
          },
        ]
      : []),
  ];
  const recordedFrom = addDays(conference.days.at(-1)?.endsAt ?? new Date(), 2);
  return [...told, ...generic].map((outcome, index) => ({
    ...outcome,
    recordedAt: new Date(recordedFrom.getTime() + index * 3_600_000),
  }));
}
