import { describe, expect, it } from 'vitest';
import { demoOrganizations, demoOutcomes, demoPeople, firstConferenceKey, seedRegions } from './index';

describe('the demo network', () => {
  const people = demoPeople();
  const personKeys = new Set(people.map((person) => person.key));
  const organizationKeys = new Set(demoOrganizations().map((organization) => organization.key));

  it('has unique people with unique e-mail addresses and a team for every region', () => {
    expect(personKeys.size).toBe(people.length);
    expect(new Set(people.map((person) => person.email)).size).toBe(people.length);
    for (const region of seedRegions) expect(personKeys.has(`${region.slug}:contact`)).toBe(true);
  });

  it('ties every outcome to a held conference, known people and organisations', () => {
    for (const outcome of demoOutcomes) {
      expect(firstConferenceKey(outcome.regionSlug)).toMatch(/:miko-\d{4}$/);
      for (const key of outcome.responsiblePersonKeys) expect(personKeys.has(key), key).toBe(true);
      for (const key of outcome.partnerOrganizationKeys) expect(organizationKeys.has(key), key).toBe(true);
    }
    expect(demoOutcomes.some((outcome) => outcome.title.includes('Gemeinschaftsverpflegung'))).toBe(true);
  });
});
