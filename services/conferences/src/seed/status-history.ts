import type { ConferenceStatus, conferenceStatusChanges } from '../db/schema';
import { addDays, demoToday, openedAt, type SeedConference } from './seed-conference';

type NewStatusChange = typeof conferenceStatusChanges.$inferInsert;

/** The way a demo conference took to its status, with plausible dates. */
export function statusHistoryRows(conference: SeedConference): NewStatusChange[] {
  const opened = openedAt(conference);
  const start = conference.days[0]?.startsAt ?? demoToday;
  const end = conference.days.at(-1)?.endsAt ?? demoToday;
  const path: [ConferenceStatus, Date][] = [
    ['draft', addDays(new Date(Math.min(opened.getTime(), demoToday.getTime())), -14)],
    ['open_for_registration', opened],
    ['registration_closed', addDays(start, -2)],
    ['held', start],
    ['documented', addDays(end, 21)],
  ];
  const reached = path.findIndex(([status]) => status === conference.plan.status);
  if (reached < 0) throw new Error(`${conference.plan.key}: no demo history for ${conference.plan.status}`);
  return path.slice(0, reached + 1).map(([status, changedAt], index) => ({
    conferenceId: conference.id,
    fromStatus: index === 0 ? null : (path[index - 1]?.[0] ?? null),
    toStatus: status,
    note: index === 0 ? 'created' : null,
    changedAt,
  }));
}
