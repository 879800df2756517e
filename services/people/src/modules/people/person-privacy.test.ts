import type { Caller } from '@mitmach/auth';
import { describe, expect, it } from 'vitest';
import {
  mayShowContact,
  mayShowName,
  mayShowPerson,
  mayShowPersonalNames,
  personVisibility,
  resolvePersonVisibility,
} from './person-privacy';

const home = '11111111-1111-4111-8111-111111111111';
const served = '22222222-2222-4222-8222-222222222222';
const elsewhere = '33333333-3333-4333-8333-333333333333';
const personId = '44444444-4444-4444-8444-444444444444';

const consenting = { id: personId, publicProfileConsentedAt: new Date('2024-01-01T12:00:00Z') };
const private_ = { id: personId, publicProfileConsentedAt: null };

const caller = (roles: Caller['roles'], extra: Partial<Caller> = {}): Caller => ({
  personId: null,
  roles,
  regionIds: [],
  ...extra,
});

describe('what a caller may see of a person', () => {
  it('shows everything to the person themself and to staff', () => {
    expect(personVisibility(caller(['member'], { personId }), private_, [])).toBe('full');
    expect(personVisibility(caller(['staff']), private_, [])).toBe('full');
  });

  it("shows names without contact data to the team of the person's regions only", () => {
    expect(personVisibility(caller(['regional_team'], { regionIds: [served] }), private_, [home, served])).toBe('team');
    expect(personVisibility(caller(['regional_team'], { regionIds: [elsewhere] }), private_, [home, served])).toBe(
      'hidden',
    );
    // The region list alone grants nothing without the role.
    expect(personVisibility(caller(['member'], { regionIds: [home] }), private_, [home])).toBe('hidden');
  });

  it('shows a public profile to everyone and hides the rest', () => {
    for (const roles of [['anonymous'], ['partner'], ['reporting'], ['member']] as Caller['roles'][]) {
      expect(personVisibility(caller(roles), consenting, [home])).toBe('public');
      expect(personVisibility(caller(roles), private_, [home])).toBe('hidden');
    }
  });

  it('shows an erased person to staff and the person themself as erased only, and to nobody else at all', () => {
    const erased = { id: personId, publicProfileConsentedAt: null, erasedAt: new Date('2025-06-01T10:00:00Z') };
    expect(personVisibility(caller(['staff']), erased, [])).toBe('erased');
    expect(personVisibility(caller(['member'], { personId }), erased, [])).toBe('erased');
    expect(personVisibility(caller(['regional_team'], { regionIds: [home] }), erased, [home])).toBe('hidden');
    for (const visibility of ['erased', 'hidden'] as const) {
      expect(mayShowName(visibility)).toBe(false);
      expect(mayShowPersonalNames(visibility)).toBe(false);
      expect(mayShowContact(visibility)).toBe(false);
    }
    expect(mayShowPerson('erased')).toBe(true);
    expect(mayShowPerson('hidden')).toBe(false);
  });

  it("asks for a person's team regions only when a regional team's answer depends on them", async () => {
    let asked = 0;
    const teamRegions = async () => {
      asked += 1;
      return [served];
    };
    const person = { ...private_, regionId: home } as Parameters<typeof resolvePersonVisibility>[1];
    expect(await resolvePersonVisibility(caller(['anonymous']), person, teamRegions)).toBe('hidden');
    expect(await resolvePersonVisibility(caller(['regional_team'], { regionIds: [home] }), person, teamRegions)).toBe(
      'team',
    );
    expect(asked).toBe(0);
    expect(await resolvePersonVisibility(caller(['regional_team'], { regionIds: [served] }), person, teamRegions)).toBe(
      'team',
    );
    expect(asked).toBe(1);
  });
});
