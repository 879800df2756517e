import { errorCodes, startForFile, tokenFor } from '@mitmach/testkit';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fundingEntries } from '../../db/schema';
import { regionSeedId } from '../../seed/seed';
import { startRegions } from '../../testing/start-regions';

const { platform, query, staff } = await startForFile(startRegions, {
  staffPersonId: '00000000-0000-4000-8000-000000000001',
});

const record = `mutation($input: RecordFundingEntryInput!) {
  recordFundingEntry(input: $input) {
    entry { kind amountCents }
    account { depositedCents matchedCents grantedCents balanceCents canDrawGrants }
    userErrors { field code message }
  }
}`;

async function entriesOf(regionId: string): Promise<number> {
  const [row] = await platform.db
    .select({ value: count() })
    .from(fundingEntries)
    .where(eq(fundingEntries.regionId, regionId));
  return row?.value ?? -1;
}

describe('funding ledger', () => {
  it('refuses a grant to a region that has not held a conference, writing nothing', async () => {
    // Accepted regions have deposited but not yet held their conference.
    const region = regionSeedId('luzern');
    const before = await entriesOf(region);
    const response = await query<{ recordFundingEntry: { entry: null; userErrors: { code: string }[] } }>(
      record,
      { input: { regionId: region, kind: 'GRANT', amountCents: 20000, note: 'Lastenrad für die Solawi' } },
      { token: staff },
    );
    expect(response.body.data?.recordFundingEntry.entry).toBeNull();
    expect(response.body.data?.recordFundingEntry.userErrors.map((error) => error.code)).toEqual([
      'NO_CONFERENCE_HELD',
    ]);
    expect(await entriesOf(region)).toBe(before);
  });

  it('books a grant after a conference and keeps the balance; refuses more than the balance', async () => {
    const region = regionSeedId('hoher-flaeming');
    const account = await query<{ region: { funding: { balanceCents: number; canDrawGrants: boolean } } }>(
      'query($id: UUID!) { region(id: $id) { funding { balanceCents canDrawGrants } } }',
      { id: region },
      { token: staff },
    );
    const funding = account.body.data?.region.funding;
    expect(funding?.canDrawGrants).toBe(true);
    const balance = funding?.balanceCents ?? 0;
    expect(balance).toBeGreaterThan(0);

    const tooMuch = await query<{ recordFundingEntry: { userErrors: { code: string }[] } }>(
      record,
      { input: { regionId: region, kind: 'GRANT', amountCents: balance + 1, note: 'Zu viel' } },
      { token: staff },
    );
    expect(tooMuch.body.data?.recordFundingEntry.userErrors.map((error) => error.code)).toEqual([
      'INSUFFICIENT_BALANCE',
    ]);

    const grant = await query<{ recordFundingEntry: { account: { balanceCents: number; grantedCents: number } } }>(
      record,
      { input: { regionId: region, kind: 'GRANT', amountCents: balance, note: 'Dorfladen-Kühltheke' } },
      { token: staff },
    );
    expect(grant.body.data?.recordFundingEntry.account.balanceCents).toBe(0);
  });

  it('shows the ledger to staff and the own team, never to anonymous callers', async () => {
    const region = regionSeedId('chiemgau');
    const ledger = 'query($id: UUID!) { region(id: $id) { name funding { depositedCents } } }';
    const anonymous = await query<{ region: { name: string; funding: null } }>(ledger, { id: region });
    expect(errorCodes(anonymous)).toEqual(['FORBIDDEN']);
    expect(anonymous.body.data?.region.funding).toBeNull();
    const team = await tokenFor(platform.jwtSecret, ['regional_team'], { regionIds: [region] });
    const own = await query<{ region: { funding: { depositedCents: number } } }>(
      ledger,
      { id: region },
      { token: team },
    );
    expect(own.body.data?.region.funding.depositedCents).toBe(50000);
    expect(own.headers.get('cache-control')).not.toMatch(/public/);
  });

  it('refuses bookings by anyone but staff', async () => {
    const team = await tokenFor(platform.jwtSecret, ['regional_team'], { regionIds: [regionSeedId('wurzen')] });
    const response = await query(
      record,
      { input: { regionId: regionSeedId('wurzen'), kind: 'DEPOSIT', amountCents: 50000, note: 'Eigenanteil' } },
      { token: team },
    );
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });
});
