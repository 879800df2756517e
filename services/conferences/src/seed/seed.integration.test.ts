import {
  conferenceId,
  demoConferences,
  demoOutcomes,
  demoPeople,
  demoRegistrations,
  firstConferenceKey,
  outcomeId,
  personId,
  regionId,
  seedRegions,
} from '@mitmach/demo-network';
import { graphqlClient, startForFile } from '@mitmach/testkit';
import { describe, expect, it } from 'vitest';
import { conferenceDays, conferences, outcomes, registrations, sessions } from '../db/schema';
import { checkDays } from '../modules/conferences/conference-input';
import { startConferences } from '../testing/start-conferences';
import { seedDemoConferences } from './seed';

const { platform } = await startForFile(startConferences);

const months = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / (30.44 * 86_400_000);

describe('the demo conferences', () => {
  it('give every region that held a conference its documented first Mitmach-Konferenz on firstConferenceOn', async () => {
    const response = await graphqlClient(platform.gatewayUrl)<{
      regions: {
        edges: {
          node: {
            id: string;
            slug: string;
            joinedOn: string;
            hasHeldConference: boolean;
            firstConferenceOn: string | null;
            conferences: {
              edges: { node: { id: string; format: string; status: string; days: { date: string }[] } }[];
            };
          };
        }[];
      };
    }>(`{ regions(first: 100) { edges { node { id slug joinedOn hasHeldConference firstConferenceOn
        conferences(first: 20) { edges { node { id format status days { date } } } } } } } }`);
    expect(response.body.errors).toBeUndefined();
    const regions = response.body.data?.regions.edges.map((edge) => edge.node) ?? [];
    expect(regions).toHaveLength(seedRegions.length);
    for (const region of regions) {
      const held = region.conferences.edges
        .map((edge) => edge.node)
        .filter((conference) => conference.status === 'HELD' || conference.status === 'DOCUMENTED');
      for (const conference of region.conferences.edges.map((edge) => edge.node)) {
        expect((conference.days[0]?.date ?? '') > region.joinedOn, region.slug).toBe(true);
      }
      if (!region.hasHeldConference) {
        expect(held, region.slug).toEqual([]);
        continue;
      }
      const first = held.filter((conference) => conference.format === 'MITMACH_KONFERENZ');
      expect(first.map((conference) => conference.id)).toEqual([conferenceId(firstConferenceKey(region.slug))]);
      expect(first[0]?.days[0]?.date).toBe(region.firstConferenceOn);
      expect(first[0]?.status).toBe('DOCUMENTED');
      for (const workshop of held.filter((conference) => conference.format === 'SUCCESS_WORKSHOP')) {
        const gap = months(region.firstConferenceOn ?? '', workshop.days[0]?.date ?? '');
        expect(gap, region.slug).toBeGreaterThanOrEqual(3);
        expect(gap, region.slug).toBeLessThanOrEqual(6);
      }
    }
  });

  it('record every outcome of the demo network with its id at its conference, at least two per first conference', async () => {
    const rows = await platform.db.select().from(outcomes);
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const outcome of demoOutcomes) {
      const row = byId.get(outcomeId(outcome.key));
      expect(row?.conferenceId, outcome.key).toBe(conferenceId(outcome.conferenceKey));
      expect(row?.title).toBe(outcome.title);
    }
    expect(rows).toHaveLength(demoOutcomes.length);
    for (const region of seedRegions.filter((candidate) => candidate.hasHeldConference)) {
      const first = rows.filter((row) => row.conferenceId === conferenceId(firstConferenceKey(region.slug)));
      expect(first.length, region.slug).toBeGreaterThanOrEqual(2);
    }
  });

  it('register known people with their sector, never beyond the capacity, waitlisting only when full', async () => {
    const people = new Map(demoPeople().map((person) => [personId(person.key), person]));
    const all = await platform.db.select().from(registrations);
    const rooms = await platform.db.select().from(conferences);
    for (const conference of rooms) {
      const own = all.filter((row) => row.conferenceId === conference.id);
      const confirmed = own.filter((row) => row.status === 'confirmed').length;
      const waiting = own.filter((row) => row.status === 'waitlisted').length;
      expect(confirmed, conference.title).toBeLessThanOrEqual(conference.capacity);
      if (waiting > 0) expect(confirmed, conference.title).toBe(conference.capacity);
    }
    for (const row of all) {
      const person = people.get(row.personId ?? '');
      expect(person, row.id).toBeDefined();
      expect(row.sector).toBe(person?.sector);
      if (row.status !== 'cancelled')
        expect(row.registeredAt.getTime()).toBeLessThan(Date.parse('2026-11-26T12:00:00Z'));
    }
    const documented = rooms
      .filter((conference) => conference.status === 'documented')
      .map((conference) => conference.id);
    const attended = all.filter((row) => documented.includes(row.conferenceId) && row.status === 'confirmed');
    expect(attended.every((row) => row.attended !== null)).toBe(true);
  });

  it('store every conference’s registrations as the demo network plans them, in the order they were made', async () => {
    const all = await platform.db.select().from(registrations).orderBy(registrations.registeredAt);
    for (const conference of demoConferences()) {
      const stored = all.filter((row) => row.conferenceId === conferenceId(conference.key));
      expect(
        stored.map((row) => [row.personId, row.status, row.attended, row.promotedAt !== null]),
        conference.key,
      ).toEqual(
        demoRegistrations(conference).map((registration) => [
          personId(registration.personKey),
          registration.status,
          registration.attended,
          registration.promoted,
        ]),
      );
    }
  });

  it('keep every day on one date of its time zone and every session inside a day', async () => {
    const rooms = await platform.db.select().from(conferences);
    const days = await platform.db.select().from(conferenceDays);
    const agenda = await platform.db.select().from(sessions);
    for (const conference of rooms) {
      const own = days.filter((day) => day.conferenceId === conference.id).sort((a, b) => a.date.localeCompare(b.date));
      expect(checkDays(own, conference.timeZone, ['days']), conference.title).toEqual([]);
      expect(conference.startsAt).toEqual(own[0]?.startsAt);
      expect(conference.endsAt).toEqual(own.at(-1)?.endsAt);
      for (const session of agenda.filter((candidate) => candidate.conferenceId === conference.id)) {
        expect(
          own.some((day) => day.startsAt <= session.startsAt && session.endsAt <= day.endsAt),
          `${conference.title}: ${session.title}`,
        ).toBe(true);
      }
    }
  });

  it('announce conferences after 2026-11-26 in all four countries, with a nearly full one and a waitlist', async () => {
    const rooms = await platform.db.select().from(conferences);
    const all = await platform.db.select().from(registrations);
    const ahead = rooms.filter(
      (conference) => conference.status === 'open_for_registration' && conference.startsAt > new Date('2026-11-26'),
    );
    expect(new Set(ahead.map((conference) => conference.country))).toEqual(new Set(['DE', 'AT', 'CH', 'IT']));
    const inLab = seedRegions
      .filter((region) => region.status === 'in_regional_lab')
      .map((region) => regionId(region.slug));
    expect(ahead.filter((conference) => inLab.includes(conference.regionId)).length).toBeGreaterThanOrEqual(4);
    const load = ahead.map((conference) => {
      const own = all.filter((row) => row.conferenceId === conference.id);
      return {
        remaining: conference.capacity - own.filter((row) => row.status === 'confirmed').length,
        waiting: own.filter((row) => row.status === 'waitlisted').length,
      };
    });
    expect(load.some((entry) => entry.remaining === 0 && entry.waiting > 0)).toBe(true);
    expect(load.some((entry) => entry.remaining > 0 && entry.remaining <= 3)).toBe(true);
    expect(ahead.every((conference) => all.some((row) => row.conferenceId === conference.id))).toBe(true);
  });

  it('leaves a database that has conferences as it is', async () => {
    const before = await platform.db.select().from(conferences);
    expect(await seedDemoConferences(platform.db)).toEqual({ seeded: false, conferences: before.length });
  });
});
