import { describe, expect, it } from 'vitest';
import { demoConferences } from './conferences';
import { localityOf, regionPhrases } from './localities';
import { demoOutcomes } from './outcomes';
import { seedRegions } from './regions';

const regionOf = (slug: string) => seedRegions.find((region) => region.slug === slug);

/** An outcome's text with its region and places taken out: what is left is the template it was written from. */
function templateOf(outcome: (typeof demoOutcomes)[number]): string {
  const region = regionOf(outcome.regionSlug);
  if (!region) throw new Error(`unknown region ${outcome.regionSlug}`);
  const phrases = regionPhrases(region);
  const strip = (text: string) =>
    [region.name, ...localityOf(region.slug).places]
      .sort((a, b) => b.length - a.length)
      .reduce(
        (stripped, name) => stripped.replaceAll(name, '…'),
        text.replaceAll(phrases.in, 'in …').replaceAll(phrases.for, 'für …').replaceAll(phrases.from, 'aus …'),
      );
  return `${strip(outcome.title)} | ${strip(outcome.description)}`;
}

describe('the outcomes of the demo network', () => {
  const documented = demoConferences().filter((conference) => conference.status === 'documented');

  it('came out of documented conferences: two or more at every first conference, one or more at every other', () => {
    const keys = new Set(documented.map((conference) => conference.key));
    for (const outcome of demoOutcomes) expect(keys.has(outcome.conferenceKey), outcome.key).toBe(true);
    for (const conference of documented) {
      const own = demoOutcomes.filter((outcome) => outcome.conferenceKey === conference.key);
      expect(own.length, conference.key).toBeGreaterThanOrEqual(conference.format === 'mitmach_konferenz' ? 2 : 1);
    }
    expect(new Set(demoOutcomes.map((outcome) => outcome.key)).size).toBe(demoOutcomes.length);
    expect(demoOutcomes.length).toBeGreaterThanOrEqual(100);
  });

  const uses = new Map<string, number>();
  for (const outcome of demoOutcomes) uses.set(templateOf(outcome), (uses.get(templateOf(outcome)) ?? 0) + 1);

  it('use no template more than three times', () => {
    expect(Math.max(...uses.values())).toBeLessThanOrEqual(3);
    expect(uses.size).toBeGreaterThan(demoOutcomes.length / 3);
  });

  it('are written for their region where they share a template, in a field of action of their conference', () => {
    for (const outcome of demoOutcomes) {
      if ((uses.get(templateOf(outcome)) ?? 0) > 1) {
        const names = [regionOf(outcome.regionSlug)?.name ?? '', ...localityOf(outcome.regionSlug).places];
        const text = `${outcome.title} ${outcome.description}`;
        expect(
          names.some((name) => text.includes(name)),
          outcome.key,
        ).toBe(true);
      }
      const conference = documented.find((candidate) => candidate.key === outcome.conferenceKey);
      expect(
        outcome.fieldsOfAction.some((field) => conference?.fieldsOfAction.includes(field)),
        outcome.key,
      ).toBe(true);
    }
  });
});
