import { describe, expect, it } from 'vitest';
import { type AdoptionStatus, demoActions } from './actions';
import { demoToday } from './calendar';
import { seedRegions } from './regions';

const actions = demoActions();
const published = actions.filter((action) => action.status === 'published');
const regions = new Map(seedRegions.map((region) => [region.slug, region]));

describe('the actions of the demo network', () => {
  it('are adopted by known regions other than their own, one open adoption per region, after publishing', () => {
    expect(new Set(actions.map((action) => action.key)).size).toBe(actions.length);
    for (const action of actions) {
      expect(action.publishedOn !== null, action.key).toBe(action.status === 'published');
      const adopters = action.adoptions.map((adoption) => adoption.regionSlug);
      expect(new Set(adopters).size, action.key).toBe(adopters.length);
      for (const adoption of action.adoptions) {
        const region = regions.get(adoption.regionSlug);
        expect(region, adoption.regionSlug).toBeDefined();
        expect(adoption.regionSlug, action.key).not.toBe(action.regionSlug);
        expect(adoption.startedOn > (action.publishedOn ?? '9999'), `${action.key} ${adoption.regionSlug}`).toBe(true);
        expect(adoption.startedOn < demoToday, `${action.key} ${adoption.regionSlug}`).toBe(true);
        expect(adoption.completedOn !== null, `${action.key} ${adoption.regionSlug}`).toBe(
          adoption.status === 'implemented',
        );
        if (adoption.completedOn) expect(adoption.completedOn > adoption.startedOn).toBe(true);
      }
    }
  });

  it('spread unevenly: a few are adopted by many regions, most by one or none', () => {
    const counts = published.map((action) => action.adoptions.length).sort((a, b) => b - a);
    const total = counts.reduce((sum, count) => sum + count, 0);
    expect(counts[0]).toBeGreaterThanOrEqual(15);
    expect(counts.filter((count) => count >= 6).length).toBeGreaterThanOrEqual(4);
    expect(counts.filter((count) => count <= 1).length).toBeGreaterThanOrEqual(published.length / 3);
    expect(counts.slice(0, 5).reduce((sum, count) => sum + count, 0)).toBeGreaterThan((2 / 3) * total);
  });

  it('are in every state: planned, under way, implemented and given up, the older the further along', () => {
    const adoptions = actions.flatMap((action) => action.adoptions);
    const share = (status: AdoptionStatus, of = adoptions) =>
      of.filter((adoption) => adoption.status === status).length / of.length;
    for (const status of ['planned', 'in_progress', 'implemented', 'abandoned'] as const) {
      expect(share(status), status).toBeGreaterThan(0.03);
    }
    const old = adoptions.filter((adoption) => adoption.startedOn < '2024-01-01');
    const young = adoptions.filter((adoption) => adoption.startedOn >= '2025-06-01');
    expect(share('implemented', old)).toBeGreaterThan(share('implemented', young));
    expect(share('planned', young)).toBeGreaterThan(share('planned', old));
  });

  it('are taken up more each year as the network grows', () => {
    const perYear = (year: string) =>
      actions.flatMap((action) => action.adoptions).filter((adoption) => adoption.startedOn.startsWith(year)).length;
    const series = ['2022', '2023', '2024', '2025'].map(perYear);
    expect(series).toEqual([...series].sort((a, b) => a - b));
  });
});
