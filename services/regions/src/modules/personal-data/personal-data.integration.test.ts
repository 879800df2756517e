import { randomUUID } from 'node:crypto';
import type { Caller } from '@mitmach/auth';
import { startFederation, startForFile } from '@mitmach/testkit';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { applications, fundingEntries, regionStatusChanges } from '../../db/schema';
import { regionsSubgraph } from '../../subgraph';

const { platform: federation } = await startForFile(() => startFederation({ subgraphs: [regionsSubgraph] }));
const db = federation.db;

const exportPart = `query($r: [_Any!]!) { _entities(representations: $r) { ... on PersonalDataExport {
  personId
  regionStatusChanges { region { id } from to note changedAt }
  decidedApplications { id region { id } decision decidedOn }
  recordedFundingEntries { region { id } entry { id amountCents note } recordedAt }
} } }`;

interface ExportPart {
  _entities: {
    personId: string;
    regionStatusChanges: { region: { id: string }; from: string | null; to: string }[];
    decidedApplications: { id: string; region: { id: string }; decision: string }[];
    recordedFundingEntries: { region: { id: string }; entry: { id: string; amountCents: number } }[];
  }[];
}

const caller = (personId: string | null, roles: Caller['roles']): Caller => ({ personId, roles, regionIds: [] });

function exportOf(personId: string, as: Caller) {
  return federation.subgraphClient('regions', as)<ExportPart>(exportPart, {
    r: [{ __typename: 'PersonalDataExport', personId }],
  });
}

describe("the regions service's part of a person's export", () => {
  it('lists the status changes, decisions and funding bookings the person made, to them and to staff', async () => {
    const author = randomUUID();
    const [change] = await db.select().from(regionStatusChanges).limit(1);
    const [application] = await db.select().from(applications).limit(1);
    const [entry] = await db.select().from(fundingEntries).limit(1);
    if (!change || !application || !entry) {
      throw new Error('the demo network has no status change, application or entry');
    }
    await db.update(regionStatusChanges).set({ changedBy: author }).where(eq(regionStatusChanges.id, change.id));
    await db.update(applications).set({ decidedBy: author }).where(eq(applications.id, application.id));
    await db.update(fundingEntries).set({ createdBy: author }).where(eq(fundingEntries.id, entry.id));

    for (const as of [caller(author, ['member']), caller(randomUUID(), ['staff'])]) {
      const response = await exportOf(author, as);
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data?._entities).toEqual([
        {
          personId: author,
          regionStatusChanges: [
            {
              region: { id: change.regionId },
              from: change.fromStatus?.toUpperCase() ?? null,
              to: change.toStatus.toUpperCase(),
              note: change.note,
              changedAt: change.changedAt.toISOString(),
            },
          ],
          decidedApplications: [
            {
              id: application.id,
              region: { id: application.regionId },
              decision: application.decision.toUpperCase(),
              decidedOn: application.decidedOn,
            },
          ],
          recordedFundingEntries: [
            {
              region: { id: entry.regionId },
              entry: { id: entry.id, amountCents: entry.amountCents, note: entry.note },
              recordedAt: entry.createdAt.toISOString(),
            },
          ],
        },
      ]);
    }
  });

  it('is empty for a person who made none, and refused to anyone but the person and staff', async () => {
    const nobody = randomUUID();
    const empty = await exportOf(nobody, caller(nobody, ['member']));
    expect(empty.body.data?._entities).toEqual([
      { personId: nobody, regionStatusChanges: [], decidedApplications: [], recordedFundingEntries: [] },
    ]);
    const stranger = await exportOf(nobody, caller(randomUUID(), ['regional_team']));
    expect(stranger.body.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
