import { describe, expect, it } from 'vitest';
import { adoptionContribution, registrationContribution } from './contributions';
import { mergeDeltas, negate, sameContribution } from './counters';

const registration = {
  registrationId: '00000000-0000-4000-8000-000000000001',
  conferenceId: '00000000-0000-4000-8000-000000000002',
  regionId: '00000000-0000-4000-8000-000000000003',
  country: 'DE',
  sector: 'politics',
  status: 'confirmed',
  attended: true as boolean | null,
  changedAt: new Date('2025-03-08T19:00:00Z'),
};

describe('contributions', () => {
  it('counts an attended registration as a participant in the month the conference was held, once known', () => {
    const provisional = registrationContribution(registration, null);
    const held = registrationContribution(registration, { heldOn: '2025-02-28' });
    const participant = (contribution: typeof held) =>
      contribution.find((delta) => delta.scope === 'network' && delta.metric === 'conferences.participants');
    expect(participant(provisional)).toMatchObject({ month: '2025-03-01', dimension: 'politics', value: 1 });
    expect(participant(held)).toMatchObject({ month: '2025-02-01', country: 'DE' });
    expect(sameContribution(provisional, held)).toBe(false);
  });

  it('takes back exactly what it added: a replaced contribution nets to the difference', () => {
    const before = registrationContribution({ ...registration, attended: null }, null);
    const after = registrationContribution(registration, null);
    const net = mergeDeltas([...negate(before), ...after]);
    expect(net.map((delta) => delta.metric).sort()).toEqual([
      'attendance.sector',
      'conferences.participants',
      'conferences.participants',
    ]);
    expect(net.every((delta) => delta.value === 1)).toBe(true);
  });

  it('counts an adoption without a known region under no country, and an abandoned one in no spread', () => {
    const adoption = {
      adoptionId: '00000000-0000-4000-8000-000000000004',
      actionId: '00000000-0000-4000-8000-000000000005',
      regionId: registration.regionId,
      status: 'abandoned',
      startedOn: '2025-07-01',
      completedOn: null,
      changedAt: new Date('2025-08-01T10:00:00Z'),
    };
    const contribution = adoptionContribution(adoption, null, null);
    expect(contribution.find((delta) => delta.metric === 'adoptions.started')).toMatchObject({
      country: '',
      fields: [],
    });
    expect(contribution.some((delta) => delta.metric === 'adoptions.by-action')).toBe(false);
    expect(contribution.some((delta) => delta.metric === 'spread.country')).toBe(false);
  });
});
