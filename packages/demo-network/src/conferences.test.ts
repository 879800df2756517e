import { describe, expect, it } from 'vitest';
import { demoToday } from './calendar';
import { demoConferences } from './conferences';
import { demoPeople } from './people';
import { seedRegions } from './regions';
import { demoRegistrations } from './registrations';
import type { Sector } from './sectors';

const conferences = demoConferences();
const tookPlace = conferences.filter((conference) => ['held', 'documented'].includes(conference.status));
const count = <T>(values: readonly T[], wanted: (value: T) => boolean) => values.filter(wanted).length;

describe('the conferences of the demo network', () => {
  it('have unique keys and lie after their region joined, what took place before the demo’s today', () => {
    expect(new Set(conferences.map((conference) => conference.key)).size).toBe(conferences.length);
    for (const conference of conferences) {
      const region = seedRegions.find((candidate) => candidate.slug === conference.regionSlug);
      expect((conference.days[0]?.date ?? '') > (region?.joinedOn ?? ''), conference.key).toBe(true);
    }
    for (const conference of tookPlace) expect((conference.days[0]?.date ?? '') < demoToday, conference.key).toBe(true);
  });

  it('drew 30 to 200 registrations each when they took place, never more people with a place than the capacity', () => {
    for (const conference of tookPlace) {
      const registrations = demoRegistrations(conference);
      const confirmed = count(registrations, (registration) => registration.status === 'confirmed');
      expect(registrations.length, conference.key).toBeGreaterThanOrEqual(30);
      expect(registrations.length, conference.key).toBeLessThanOrEqual(200);
      expect(confirmed, conference.key).toBeLessThanOrEqual(conference.capacity);
      if (registrations.some((registration) => registration.status === 'waitlisted')) {
        expect(confirmed, conference.key).toBe(conference.capacity);
      }
    }
    const sizes = tookPlace.map((conference) => demoRegistrations(conference).length);
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(180);
    expect(Math.min(...sizes)).toBeLessThanOrEqual(35);
    expect(new Set(sizes).size).toBeGreaterThan(tookPlace.length / 2);
  });

  it('had people cancel, stay away and, at some full ones, wait in vain', () => {
    const all = tookPlace.flatMap((conference) => demoRegistrations(conference));
    const placed = all.filter((registration) => registration.status === 'confirmed');
    const cancelled = count(all, (registration) => registration.status === 'cancelled') / all.length;
    const noShows = count(placed, (registration) => registration.attended === false) / placed.length;
    expect(cancelled).toBeGreaterThan(0.02);
    expect(cancelled).toBeLessThan(0.1);
    expect(noShows).toBeGreaterThan(0.04);
    expect(noShows).toBeLessThan(0.15);
    expect(placed.every((registration) => registration.attended !== null)).toBe(true);
    const full = tookPlace.filter((conference) =>
      demoRegistrations(conference).some((registration) => registration.status === 'waitlisted'),
    );
    expect(full.length).toBeGreaterThanOrEqual(5);
    expect(full.length).toBeLessThan(tookPlace.length / 3);
  });

  it('keep some places free ahead, and a waitlist where a conference is full', () => {
    const ahead = conferences.filter((conference) => conference.status === 'open_for_registration');
    const load = ahead.map((conference) => {
      const registrations = demoRegistrations(conference);
      const confirmed = count(registrations, (registration) => registration.status === 'confirmed');
      return { free: conference.capacity - confirmed, waiting: registrations.length > confirmed };
    });
    expect(load.some((entry) => entry.free === 0 && entry.waiting)).toBe(true);
    expect(load.some((entry) => entry.free > 0 && entry.free <= 3)).toBe(true);
  });

  it('grow in number year by year, apart from the first pandemic year', () => {
    const perYear = new Map<number, number>();
    for (const conference of tookPlace) {
      const year = Number(conference.days[0]?.date.slice(0, 4));
      perYear.set(year, (perYear.get(year) ?? 0) + 1);
    }
    const series = [2021, 2022, 2023, 2024, 2025, 2026].map((year) => perYear.get(year) ?? 0);
    expect(series).toEqual([...series].sort((a, b) => a - b));
    expect(new Set(series).size).toBe(series.length);
    expect(perYear.get(2020)).toBeLessThan(perYear.get(2019) ?? 0);
    expect(perYear.get(2026)).toBeGreaterThanOrEqual(2 * (perYear.get(2021) ?? 0));
  });

  it('bring together a sector mix of their own in each region: the countryside its farms and mayors, cities their associations and universities', () => {
    const sectorOf = new Map(demoPeople().map((person) => [person.key, person.sector]));
    const shares = new Map<string, Record<Sector, number>>();
    for (const region of seedRegions) {
      const sectors = tookPlace
        .filter((conference) => conference.regionSlug === region.slug)
        .flatMap((conference) => demoRegistrations(conference))
        .map((registration) => sectorOf.get(registration.personKey));
      if (sectors.length === 0) continue;
      const share = (sector: Sector) => count(sectors, (candidate) => candidate === sector) / sectors.length;
      shares.set(region.slug, {
        civil_society: share('civil_society'),
        politics: share('politics'),
        administration: share('administration'),
        business: share('business'),
        science: share('science'),
        education: share('education'),
        other: share('other'),
      });
    }
    const mean = (kinds: string[], sector: Sector) => {
      const of = seedRegions.filter((region) => kinds.includes(region.kind) && shares.has(region.slug));
      return of.reduce((sum, region) => sum + (shares.get(region.slug)?.[sector] ?? 0), 0) / of.length;
    };
    const rural = ['region', 'district', 'municipality'];
    const urban = ['city', 'city_quarter'];
    expect(mean(rural, 'business') - mean(urban, 'business')).toBeGreaterThan(0.08);
    expect(mean(rural, 'politics')).toBeGreaterThan(mean(urban, 'politics'));
    expect(mean(urban, 'civil_society') - mean(rural, 'civil_society')).toBeGreaterThan(0.08);
    expect(mean(urban, 'science') - mean(rural, 'science')).toBeGreaterThan(0.05);
    expect(shares.get('freiburg-im-breisgau')?.science).toBeGreaterThan(0.15);
    expect(shares.get('soester-boerde')?.business).toBeGreaterThan(0.25);
    const mixes = [...shares.values()].map((mix) => JSON.stringify(Object.values(mix).map((v) => v.toFixed(2))));
    expect(new Set(mixes).size).toBe(shares.size);
  });
});
