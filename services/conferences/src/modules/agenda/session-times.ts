interface Period {
  startsAt: Date;
  endsAt: Date;
}

/** A session lies inside one of the conference's days, from its start to its end. */
export function liesInsideADay(session: Period, days: readonly Period[]): boolean {
  return days.some((day) => day.startsAt <= session.startsAt && session.endsAt <= day.endsAt);
}
