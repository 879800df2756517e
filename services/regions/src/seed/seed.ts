import { type Db, seedId } from '@mitmach/db';
import {
  regionId,
  seedApplicationRounds,
  seedFundingEntries,
  seedPeerGroups,
  seedRegions,
} from '@mitmach/demo-network';
import { contracts, writeEvents } from '@mitmach/events';
import { count } from 'drizzle-orm';
import {
  applicationRounds,
  applications,
  fundingEntries,
  outbox,
  peerGroups,
  regionFieldsOfAction,
  regionSdgs,
  regionStatusChanges,
  regions,
} from '../db/schema';
import { fundingEntryRecordedEvent, regionCreatedEvent } from '../events/region-events';

export const regionSeedId = regionId;

/** Loads the demo network once: a database that already has regions is left as it is. */
export async function seedDemoRegions(db: Db): Promise<{ seeded: boolean; regions: number }> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ value: count() }).from(regions);
    if ((existing?.value ?? 0) > 0) return { seeded: false, regions: existing?.value ?? 0 };

    const groupIdOf = new Map<string, string>();
    for (const group of seedPeerGroups) {
      const id = seedId('peer-group', group.slug);
      for (const slug of group.regionSlugs) groupIdOf.set(slug, id);
    }
    await tx.insert(peerGroups).values(
      seedPeerGroups.map((group) => ({
        id: seedId('peer-group', group.slug),
        slug: group.slug,
        name: group.name,
        moderation: group.moderation,
        formedOn: group.formedOn,
      })),
    );
    const regionRows = await tx
      .insert(regions)
      .values(
        seedRegions.map((region) => ({
          id: regionSeedId(region.slug),
          slug: region.slug,
          name: region.name,
          kind: region.kind,
          country: region.country,
          subdivision: region.subdivision,
          description: region.description,
          lat: region.lat,
          lng: region.lng,
          website: region.website,
          publicContact: region.publicContact,
          status: region.status,
          joinedOn: region.joinedOn,
          hasHeldConference: region.hasHeldConference,
          firstConferenceOn: region.firstConferenceOn,
          peerGroupId: groupIdOf.get(region.slug) ?? null,
        })),
      )
      .returning();
    await tx
      .insert(regionFieldsOfAction)
      .values(
        seedRegions.flatMap((region) =>
          region.fieldsOfAction.map((fieldSlug) => ({ regionId: regionSeedId(region.slug), fieldSlug })),
        ),
      );
    await tx
      .insert(regionSdgs)
      .values(
        seedRegions.flatMap((region) => region.sdgs.map((sdg) => ({ regionId: regionSeedId(region.slug), sdg }))),
      );
    await tx.insert(regionStatusChanges).values(
      seedRegions.map((region) => ({
        regionId: regionSeedId(region.slug),
        fromStatus: null,
        toStatus: region.status,
        note: 'imported',
        changedAt: new Date(`${region.joinedOn}T12:00:00Z`),
      })),
    );
    await tx.insert(applicationRounds).values(
      seedApplicationRounds.map((round) => ({
        id: seedId('application-round', round.slug),
        slug: round.slug,
        title: round.title,
        opensOn: round.opensOn,
        deadline: round.deadline,
        cohortStartsOn: round.cohortStartsOn,
      })),
    );
    await tx.insert(applications).values(
      seedApplicationRounds.flatMap((round) =>
        round.applications.map((application) => ({
          roundId: seedId('application-round', round.slug),
          regionId: regionSeedId(application.regionSlug),
          submittedOn: application.submittedOn,
          motivation: application.motivation,
          decision: application.decision,
          decidedOn: application.decidedOn,
        })),
      ),
    );
    const entryRows = await tx
      .insert(fundingEntries)
      .values(
        seedFundingEntries.map((entry) => ({
          regionId: regionSeedId(entry.regionSlug),
          kind: entry.kind,
          amountCents: entry.amountCents,
          bookedOn: entry.bookedOn,
          note: entry.note,
        })),
      )
      .returning();
    // The seeded history is published like any other, so that read models built from events see the same network.
    const fieldsOf = new Map(seedRegions.map((region) => [regionSeedId(region.slug), region.fieldsOfAction]));
    await writeEvents(
      tx,
      outbox,
      contracts.regionCreated,
      regionRows.map((region) => regionCreatedEvent(region, fieldsOf.get(region.id) ?? [])),
    );
    const regionById = new Map(regionRows.map((region) => [region.id, region]));
    await writeEvents(
      tx,
      outbox,
      contracts.fundingEntryRecorded,
      entryRows.flatMap((entry) => {
        const region = regionById.get(entry.regionId);
        return region ? [fundingEntryRecordedEvent(region, entry)] : [];
      }),
    );
    return { seeded: true, regions: seedRegions.length };
  });
}
