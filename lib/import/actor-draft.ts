// The raw, not yet cleaned form in which every reader hands an actor to the collector, and the small
// cell readers the formats share (kind words, alias lists).
import type { ActorKind } from '../model/records';
import type { ImportedRole } from './types';

/** One actor as a single row or entry gives it, before cleaning and merging. */
export interface ActorDraft {
  /** Where it came from, 1-based, for the skipped-rows report. */
  row: number;
  name: string;
  aliases?: string[];
  kind?: ActorKind;
  roles?: ImportedRole[];
  country?: string;
  organisation?: string;
  description?: string;
  links?: string[];
  externalIds?: Record<string, string>;
}

const KINDS: Record<string, ActorKind> = {
  official: 'official',
  officials: 'official',
  officeholder: 'official',
  politician: 'official',
  person: 'person',
  people: 'person',
  individual: 'person',
  human: 'person',
  organisation: 'organisation',
  organization: 'organisation',
  org: 'organisation',
  institution: 'organisation',
  outlet: 'outlet',
  media: 'outlet',
  newspaper: 'outlet',
  publication: 'outlet',
};

/** Reads a kind cell ("Official", "organization", "media") or returns undefined for anything else. */
export function parseKind(value: string | undefined): ActorKind | undefined {
  if (!value) return undefined;
  return KINDS[value.trim().toLowerCase()];
}

const SUFFIX = /^(jr|sr|[ivx]{1,4})\.?$/i;

/**
 * Splits an alias cell on ";" and "|" (and on "," too when `commas` is set, as Wikidata's alt-label
 * lists are comma-separated). A suffix split off by a comma ("King, Jr.") is joined back.
 */
export function splitAliases(value: string | undefined, commas: boolean): string[] {
  if (!value) return [];
  const parts = value.split(commas ? /[;|,]/ : /[;|]/);
  const out: string[] = [];
  for (const raw of parts) {
    const part = raw.trim();
    if (!part) continue;
    const previous = out.length - 1;
    if (commas && previous >= 0 && SUFFIX.test(part)) out[previous] = `${out[previous]}, ${part}`;
    else out.push(part);
  }
  return out;
}
