import { describe, expect, it } from 'vitest';
import { demoOrganizations, demoOutcomes, demoPeople, firstConferenceKey, seedRegions } from './index';

describe('the demo network', () => {
  const people = demoPeople();
  const personKeys = new Set(people.map((person) => person.key));
  const organizationKeys = new Set(demoOrganizations().map((organization) => organization.key));
  const regionSlugs = new Set(seedRegions.map((region) => region.slug));

  it('has unique people with unique e-mail addresses and a team for every region', () => {
    expect(personKeys.size).toBe(people.length);
    expect(new Set(people.map((person) => person.email)).size).toBe(people.length);
    for (const region of seedRegions) expect(personKeys.has(`${region.slug}:contact`)).toBe(true);
  });

  it('ties every outcome to a held conference, known people, organisations and regions', () => {
    for (const outcome of demoOutcomes) {
      expect(firstConferenceKey(outcome.regionSlug)).toMatch(/:miko-\d{4}$/);
      for (const key of outcome.responsiblePersonKeys) expect(personKeys.has(key), key).toBe(true);
      for (const key of outcome.partnerOrganizationKeys) expect(organizationKeys.has(key), key).toBe(true);
      for (const adoption of outcome.action?.adoptions ?? []) {
        expect(regionSlugs.has(adoption.regionSlug), adoption.regionSlug).toBe(true);
        expect(adoption.regionSlug).not.toBe(outcome.regionSlug);
      }
    }
    expect(demoOutcomes.some((outcome) => outcome.title.includes('Gemeinschaftsverpflegung'))).toBe(true);
  });
});
