// The calendar day of a moment, as cards, roles, file names and look-ups write it: YYYY-MM-DD (UTC).

/** The day of `moment` (a timestamp in milliseconds or a Date; default now) as YYYY-MM-DD, in UTC. */
export function isoDay(moment: number | Date = Date.now()): string {
  return new Date(moment).toISOString().slice(0, 10);
}
