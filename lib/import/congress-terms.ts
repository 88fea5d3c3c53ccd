// Turns the terms of one congress-legislators entry (rep, sen, prez, viceprez) into roles: consecutive
// terms in the same office and state become one role, with the first start and the last end.

import type { ImportedRole } from './types';
import { houseTitle, stateName } from './us-states';

/** One term as the congress-legislators files give it. */
export interface CongressTerm {
  type: string;
  start?: string;
  end?: string;
  state?: string;
  district?: string;
  party?: string;
  url?: string;
}

/** A run of consecutive terms in one office, with what the card shows for it. */
export interface CongressRole {
  role: ImportedRole;
  /** One line for the card, e.g. "Senator from Washington (Democrat)". */
  description: string;
  url?: string;
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

function titleOf(term: CongressTerm): string | undefined {
  if (term.type === 'sen') return 'Senator';
  if (term.type === 'rep') return houseTitle(term.state);
  if (term.type === 'prez') return 'President';
  if (term.type === 'viceprez') return 'Vice President';
  return undefined;
}

function organisationOf(type: string): string | undefined {
  if (type === 'sen') return 'U.S. Senate';
  if (type === 'rep') return 'U.S. House of Representatives';
  return undefined;
}

function describe(first: CongressTerm, last: CongressTerm, title: string): string {
  const party = last.party && last.party !== 'no party' ? ` (${last.party})` : '';
  const state = last.state ? stateName(last.state) : '';
  if (last.type === 'sen') return `${title} from ${state}${party}`;
  if (last.type === 'rep') {
    const district = Number(last.district);
    if (title !== 'Representative') return `${title} for ${state}${party}`;
    const seat =
      Number.isInteger(district) && district > 0
        ? `${state}'s ${ordinal(district)} district`
        : `${state}'s at-large district`;
    return `${title} for ${seat}${party}`;
  }
  const years = [first.start?.slice(0, 4), last.end?.slice(0, 4)].filter(Boolean).join('–');
  return `${title} of the United States${years ? `, ${years}` : ''}${party}`;
}

/** More than a quarter between one term's end and the next one's start: a new spell in office. */
function hasGap(previous: CongressTerm, next: CongressTerm): boolean {
  const end = Date.parse(previous.end ?? '');
  const start = Date.parse(next.start ?? '');
  return Number.isFinite(end) && Number.isFinite(start) && start - end > 90 * 86_400_000;
}

/** The roles the terms describe, oldest first. Terms of unknown type are ignored. */
export function rolesFromTerms(terms: readonly CongressTerm[]): CongressRole[] {
  const sorted = [...terms].sort((a, b) =>
    (a.start ?? '') < (b.start ?? '') ? -1 : (a.start ?? '') > (b.start ?? '') ? 1 : 0,
  );
  const runs: CongressTerm[][] = [];
  for (const term of sorted) {
    if (!titleOf(term)) continue;
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    const continues =
      previous && previous.type === term.type && previous.state === term.state && !hasGap(previous, term);
    if (run && continues) run.push(term);
    else runs.push([term]);
  }
  return runs.map((run) => {
    const first = run[0]!;
    const last = run[run.length - 1]!;
    const title = titleOf(last)!;
    const role: ImportedRole = { title, country: 'United States' };
    const organisation = organisationOf(last.type);
    if (organisation) role.organisation = organisation;
    if (first.start) role.start = first.start;
    if (last.end) role.end = last.end;
    const out: CongressRole = { role, description: describe(first, last, title) };
    if (last.url) out.url = last.url;
    return out;
  });
}
