import { type DemoPerson, demoRegistrations, personId } from '@mitmach/demo-network';
import type { registrations } from '../db/schema';
import { addDays, demoToday, openedAt, type SeedConference } from './seed-conference';

type NewRegistration = typeof registrations.$inferInsert;

/**
 * The registrations of a demo conference with the moments they came about: made one after another while registration
 * was open, cancellations and the moves up they caused just before it closed, who came marked the day after.
 */
export function registrationRows(
  conference: SeedConference,
  people: ReadonlyMap<string, DemoPerson>,
): NewRegistration[] {
  const planned = demoRegistrations(conference.plan);
  const start = conference.days[0]?.startsAt ?? demoToday;
  const opened = openedAt(conference);
  const closes = start < demoToday ? addDays(start, -2) : addDays(demoToday, -1);
  const step = (closes.getTime() - opened.getTime()) / (planned.length + 1);
  const lastDay = conference.days.at(-1);
  return planned.map((registration, index) => {
    const person = people.get(registration.personKey);
    if (!person) throw new Error(`${conference.plan.key} registers unknown person ${registration.personKey}`);
    return {
      conferenceId: conference.id,
      personId: personId(registration.personKey),
      sector: person.sector,
      status: registration.status,
      registeredAt: new Date(opened.getTime() + step * (index + 1)),
      registeredBy: personId(registration.personKey),
      ...(registration.status === 'cancelled' ? { cancelledAt: closes } : {}),
      ...(registration.promoted ? { promotedAt: closes } : {}),
      ...(registration.attended !== null && lastDay
        ? { attended: registration.attended, attendanceMarkedAt: addDays(lastDay.endsAt, 1) }
        : {}),
    };
  });
}
