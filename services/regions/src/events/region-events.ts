import type { Db } from '@mitmach/db';
import { contracts, type NewEvent, writeEvent } from '@mitmach/events';
import { type FundingEntryRow, outbox, type RegionRow } from '../db/schema';

type Country = 'DE' | 'AT' | 'CH' | 'IT';

export function regionCreatedEvent(
  region: RegionRow,
  fieldsOfAction: readonly string[],
): NewEvent<typeof contracts.regionCreated> {
  return {
    aggregateId: region.id,
    occurredAt: region.createdAt,
    payload: {
      regionId: region.id,
      slug: region.slug,
      name: region.name,
      country: region.country as Country,
      status: region.status,
      joinedOn: region.joinedOn,
      fieldsOfAction: [...fieldsOfAction],
    },
  };
}

export function regionCreated(db: Db, region: RegionRow, fieldsOfAction: readonly string[]) {
  return writeEvent(db, outbox, contracts.regionCreated, regionCreatedEvent(region, fieldsOfAction));
}

export function regionStatusChanged(db: Db, region: RegionRow, from: RegionRow['status']) {
  return writeEvent(db, outbox, contracts.regionStatusChanged, {
    aggregateId: region.id,
    payload: {
      regionId: region.id,
      country: region.country as Country,
      from,
      to: region.status,
      changedAt: new Date().toISOString(),
    },
  });
}

export function fundingEntryRecordedEvent(
  region: RegionRow,
  entry: FundingEntryRow,
): NewEvent<typeof contracts.fundingEntryRecorded> {
  return {
    aggregateId: region.id,
    payload: {
      entryId: entry.id,
      regionId: region.id,
      country: region.country as Country,
      kind: entry.kind,
      amountCents: entry.amountCents,
      bookedOn: entry.bookedOn,
    },
  };
}

export function fundingEntryRecorded(db: Db, region: RegionRow, entry: FundingEntryRow) {
  return writeEvent(db, outbox, contracts.fundingEntryRecorded, fundingEntryRecordedEvent(region, entry));
}
