import { type Caller, isStaff } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import { forbidden, type UserError, userError } from '@mitmach/server-kit';
import type { FundingEntryRow, RegionRow } from '../../db/schema';
import { fundingEntryRecorded } from '../../events/region-events';
import { lockRegion } from '../regions/regions.repository';
import { fundingEntriesOfRegion, insertFundingEntry } from './funding.repository';

export interface FundingAccountModel {
  currency: 'EUR';
  depositedCents: number;
  matchedCents: number;
  grantedCents: number;
  balanceCents: number;
  canDrawGrants: boolean;
  entries: FundingEntryRow[];
}

// Amounts are kept in cents as 32-bit GraphQL Ints; a single booking stays far below that.
const maximumBookingCents = 10_000_000;

export function fundingAccount(
  region: Pick<RegionRow, 'hasHeldConference'>,
  entries: FundingEntryRow[],
): FundingAccountModel {
  const sum = (kind: FundingEntryRow['kind']) =>
    entries.filter((entry) => entry.kind === kind).reduce((total, entry) => total + entry.amountCents, 0);
  const depositedCents = sum('deposit');
  const matchedCents = sum('matching');
  const grantedCents = sum('grant');
  return {
    currency: 'EUR',
    depositedCents,
    matchedCents,
    grantedCents,
    balanceCents: depositedCents + matchedCents - grantedCents,
    canDrawGrants: region.hasHeldConference,
    entries,
  };
}

export interface FundingResult {
  entry: FundingEntryRow | null;
  account: FundingAccountModel | null;
  userErrors: UserError[];
}

export async function recordFundingEntry(
  db: Db,
  caller: Caller,
  command: {
    regionId: string;
    kind: FundingEntryRow['kind'];
    amountCents: number;
    bookedOn?: string | null;
    note: string;
  },
): Promise<FundingResult> {
  if (!isStaff(caller)) throw forbidden('Only staff may book funding.');
  const rejected = (userErrors: UserError[]): FundingResult => ({ entry: null, account: null, userErrors });
  if (!Number.isInteger(command.amountCents) || command.amountCents <= 0 || command.amountCents > maximumBookingCents) {
    return rejected([
      userError(
        ['input', 'amountCents'],
        `The amount must be between 1 and ${maximumBookingCents} cents.`,
        'OUT_OF_RANGE',
      ),
    ]);
  }
  if (command.note.trim().length < 3) {
    return rejected([userError(['input', 'note'], 'Say what the booking is for (at least 3 characters).', 'INVALID')]);
  }
  return db.transaction(async (tx) => {
    // The lock serialises bookings of one region, so two grants cannot both pass the balance check.
    const region = await lockRegion(tx, command.regionId);
    if (!region) return rejected([userError(['input', 'regionId'], 'There is no region with this id.', 'NOT_FOUND')]);
    if (region.status === 'applied' || region.status === 'ended') {
      return rejected([
        userError(
          ['input', 'regionId'],
          `${region.name} is ${region.status.toUpperCase()} and has no funding account.`,
          'NO_ACCOUNT',
        ),
      ]);
    }
    const before = fundingAccount(region, await fundingEntriesOfRegion(tx, region.id));
    if (command.kind === 'grant') {
      if (!region.hasHeldConference) {
        return rejected([
          userError(
            ['input', 'kind'],
            `${region.name} may draw grants only after it has held a conference.`,
            'NO_CONFERENCE_HELD',
          ),
        ]);
      }
      if (command.amountCents > before.balanceCents) {
        return rejected([
          userError(
            ['input', 'amountCents'],
            `The grant exceeds the balance of ${(before.balanceCents / 100).toFixed(2)} EUR.`,
            'INSUFFICIENT_BALANCE',
          ),
        ]);
      }
    }
    const entry = await insertFundingEntry(tx, {
      regionId: region.id,
      kind: command.kind,
      amountCents: command.amountCents,
      bookedOn: command.bookedOn ?? new Date().toISOString().slice(0, 10),
      note: command.note.trim(),
      createdBy: caller.personId,
    });
    await fundingEntryRecorded(tx, region, entry);
    return { entry, account: fundingAccount(region, [...before.entries, entry]), userErrors: [] };
  });
}
