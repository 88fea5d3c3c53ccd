// Reads the dates lists give (2017, 2017-07-24, 2017-07-24T00:00:00Z, 2017-07) into ISO YYYY-MM-DD or
// YYYY, and tells whether a role's end date has passed.
import { isoDay } from '../model/dates';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const YEAR_NUMBER = /^(\d{4})(?:\.0+)?$/;

/** Returns YYYY-MM-DD when the day is known, YYYY when only the year (or year and month) is, else undefined. */
export function toIsoDate(value: unknown): string | undefined {
  if (typeof value === 'number') value = String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text.length > 40) return undefined;
  const year = YEAR_NUMBER.exec(text);
  if (year) return year[1];
  const match = DATE.exec(text);
  if (!match) return undefined;
  const [, y, m, d] = match;
  if (!y || y === '0000') return undefined;
  if (!m || !d) return y;
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return y;
  return `${y}-${m}-${d}`;
}

/**
 * True when a role that ends on `end` is over by `today` (YYYY-MM-DD). A year-only end means the role
 * ended during that year, so it counts as over once that year has begun.
 */
export function hasEnded(end: string | undefined, today: string): boolean {
  if (!end) return false;
  if (end.length === 4) return end <= today.slice(0, 4);
  return end < today;
}

/** Today's date as YYYY-MM-DD (UTC). */
export function todayIso(): string {
  return isoDay();
}
