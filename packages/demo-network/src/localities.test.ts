import { describe, expect, it } from 'vitest';
import { demoLocalities } from './localities';
import { demoPeople } from './people';
import { seedRegions } from './regions';

// How the people of each country write a phone number internationally: landlines with the area code (Italy keeps its
// leading 0), mobile numbers with the network's prefix; Swiss numbers in groups.
const phoneFormats: Record<string, RegExp> = {
  DE: /^\+49 (1[5-7]\d \d{7,8}|[2-9]\d{1,4} \d{5,9})$/,
  AT: /^\+43 (6[5-9]\d \d{7}|[1-9]\d{0,3} \d{5,9})$/,
  CH: /^\+41 \d{2} \d{3} \d{2} \d{2}$/,
  IT: /^\+39 (3\d{2} \d{7}|0\d{2,3} \d{6,7})$/,
};
const mobilePrefixes: Record<string, RegExp> = { DE: /^1[5-7]\d$/, AT: /^6[5-9]\d$/, CH: /^7[5-9]$/, IT: /^3\d{2}$/ };
const postalCodes: Record<string, RegExp> = { DE: /^\d{5}$/, AT: /^[1-9]\d{3}$/, CH: /^[1-9]\d{3}$/, IT: /^39\d{3}$/ };

describe('phone numbers and addresses of the demo network', () => {
  const people = demoPeople();
  const countryOf = new Map(seedRegions.map((region) => [region.slug, region.country]));

  it('write every phone number in the format of the person’s country', () => {
    for (const person of people) {
      if (person.phone === null || person.regionSlug === null) continue;
      expect(person.phone, person.key).toMatch(phoneFormats[countryOf.get(person.regionSlug) ?? ''] ?? /^$/);
    }
    expect(new Set(people.map((person) => person.phone)).size).toBeGreaterThan(people.length / 2);
  });

  it('dial landlines in the region’s own area code, so that Germany is not all Berlin', () => {
    for (const { region, areaCode } of demoLocalities()) {
      const own = people.filter((person) => person.regionSlug === region.slug && person.phone !== null);
      for (const person of own) {
        const [, prefix] = person.phone?.split(' ') ?? [];
        if (!mobilePrefixes[region.country]?.test(prefix ?? '')) expect(prefix, person.key).toBe(areaCode);
      }
    }
    const germanAreaCodes = demoLocalities()
      .filter(({ region }) => region.country === 'DE')
      .map(({ areaCode }) => areaCode);
    expect(new Set(germanAreaCodes).size).toBe(germanAreaCodes.length);
    expect(germanAreaCodes).not.toContain('30');
  });

  it('place every region’s venue at a postal code of its country', () => {
    for (const { region, venue } of demoLocalities()) {
      expect(venue.postalCode, region.slug).toMatch(postalCodes[region.country] ?? /^$/);
      expect(venue.street, region.slug).toMatch(/\S \d+[a-z]?$/);
    }
  });
});
