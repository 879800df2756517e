import { describe, expect, it } from 'vitest';
import type { FundingEntryRow } from '../../db/schema';
import { fundingAccount } from './funding.service';

const entry = (kind: FundingEntryRow['kind'], amountCents: number): FundingEntryRow => ({
  id: `${kind}-${amountCents}`,
  regionId: 'r',
  kind,
  amountCents,
  bookedOn: '2025-01-01',
  note: 'n',
  createdBy: null,
  createdAt: new Date(),
});

describe('funding account', () => {
  it('sums deposits, matching and grants into a balance', () => {
    const account = fundingAccount({ hasHeldConference: true }, [
      entry('deposit', 50000),
      entry('matching', 100000),
      entry('grant', 30000),
      entry('grant', 20000),
    ]);
    expect(account).toMatchObject({
      depositedCents: 50000,
      matchedCents: 100000,
      grantedCents: 50000,
      balanceCents: 100000,
      canDrawGrants: true,
    });
  });

  it('allows grants only after a conference', () => {
    expect(fundingAccount({ hasHeldConference: false }, []).canDrawGrants).toBe(false);
  });
});
