import {
  conferenceId,
  type DemoConference,
  demoToday as demoNetworkToday,
  type SeedRegion,
  seedRegions,
} from '@mitmach/demo-network';
import { timeZoneOf } from '../modules/conferences/time-zones';
import { zonedInstant } from '../modules/zoned-time';

/** A demo conference with what every part of the seed needs: its id, region, time zone and days as instants. */
export interface SeedConference {
  plan: DemoConference;
  id: string;
  region: SeedRegion;
  timeZone: string;
  days: { date: string; startsAt: Date; endsAt: Date }[];
  /** Wall-clock time on one of the conference's days, as an instant. */
  at(dayIndex: number, time: string): Date;
}

export function seedConference(plan: DemoConference): SeedConference {
  const region = seedRegions.find((candidate) => candidate.slug === plan.regionSlug);
  if (!region) throw new Error(`demo conference ${plan.key} names unknown region ${plan.regionSlug}`);
  const timeZone = timeZoneOf(region.country);
  const days = plan.days.map((day) => ({
    date: day.date,
    startsAt: zonedInstant(day.date, day.from, timeZone),
    endsAt: zonedInstant(day.date, day.to, timeZone),
  }));
  return {
    plan,
    id: conferenceId(plan.key),
    region,
    timeZone,
    days,
    at(dayIndex, time) {
      const day = plan.days[dayIndex];
      if (!day) throw new Error(`${plan.key} has no day ${dayIndex}`);
      return zonedInstant(day.date, time, timeZone);
    },
  };
}

export const addDays = (instant: Date, days: number) => new Date(instant.getTime() + days * 86_400_000);

/** The demo's "today" as an instant: registrations for what lies ahead were all made before it. */
export const demoToday = new Date(`${demoNetworkToday}T08:00:00Z`);

/** When a conference opened for registration: about three months ahead, or three weeks after the conference it follows. */
export function openedAt(conference: SeedConference): Date {
  const start = conference.days[0]?.startsAt ?? demoToday;
  if (start < demoToday) return addDays(start, -90);
  if (conference.plan.format === 'success_workshop' && conference.region.firstConferenceOn) {
    return addDays(new Date(`${conference.region.firstConferenceOn}T09:00:00Z`), 21);
  }
  return new Date('2026-10-01T08:00:00Z');
}
