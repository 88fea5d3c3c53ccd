// Reads the public US "congress-legislators" lists (legislators-current.yaml, executive.yaml, and the
// historical list in the same format): one entry per person with ids, name parts and terms.
import type { ActorDraft } from './actor-draft';
import { ActorCollector } from './collect-actors';
import { type CongressTerm, rolesFromTerms } from './congress-terms';
import { todayIso } from './iso-date';
import { importNameKey } from './name-key';
import { parseYamlSafely } from './parse-yaml';
import { type ImportDefaults, ImportError, type ImportReport } from './types';
import { wikidataId } from './wikidata-id';

/** Settings for reading a congress-legislators file. */
export interface CongressReadOptions {
  defaults?: ImportDefaults;
  /** Today's date (YYYY-MM-DD), to tell current terms from ended ones. */
  today?: string;
}

interface NameParts {
  first?: string;
  middle?: string;
  last?: string;
  nickname?: string;
  suffix?: string;
  officialFull?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function nameParts(value: unknown): NameParts {
  if (!isRecord(value)) return {};
  const parts: NameParts = {};
  const set = (key: keyof NameParts, raw: unknown): void => {
    const t = text(raw);
    if (t) parts[key] = t;
  };
  set('first', value.first);
  set('middle', value.middle);
  set('last', value.last);
  set('nickname', value.nickname);
  set('suffix', value.suffix);
  set('officialFull', value.official_full);
  return parts;
}

function terms(value: unknown): CongressTerm[] {
  if (!Array.isArray(value)) return [];
  const out: CongressTerm[] = [];
  for (const raw of value) {
    if (!isRecord(raw)) continue;
    const type = text(raw.type);
    if (!type) continue;
    const term: CongressTerm = { type };
    for (const key of ['start', 'end', 'state', 'district', 'party', 'url'] as const) {
      const t = text(raw[key]);
      if (t) term[key] = t;
    }
    out.push(term);
  }
  return out;
}

function ids(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(value)) return out;
  for (const [key, raw] of Object.entries(value)) {
    const t = text(raw);
    if (t) out[key] = t;
  }
  if (out.wikidata !== undefined && !wikidataId(out.wikidata)) delete out.wikidata;
  return out;
}

function join(...words: (string | undefined)[]): string {
  return words.filter(Boolean).join(' ');
}

function initials(middle: string | undefined): string | undefined {
  return middle
    ?.split(/\s+/)
    .filter(Boolean)
    .map((word) => (word.endsWith('.') ? word : `${word.charAt(0)}.`))
    .join(' ');
}

/** The display name: the official full name, else the familiar first name and the surname. */
function displayName(name: NameParts, withInitials: boolean): string {
  if (name.officialFull && !withInitials) return name.officialFull;
  const given = name.nickname ?? name.first;
  return join(given, withInitials ? initials(name.middle) : undefined, name.last);
}

function aliasesOf(name: NameParts): string[] {
  const out = [
    name.officialFull,
    join(name.first, name.last),
    name.nickname ? join(name.nickname, name.last) : undefined,
    name.middle ? join(name.first, name.middle, name.last) : undefined,
    name.middle ? join(name.first, initials(name.middle), name.last) : undefined,
    name.suffix ? `${join(name.first, name.middle, name.last)} ${name.suffix}` : undefined,
  ];
  return out.filter((alias): alias is string => Boolean(alias?.trim()));
}

/**
 * Reads actors from a congress-legislators YAML list. The title comes from the latest term (Senator,
 * Representative, Delegate, Resident Commissioner, President, Vice President); every run of terms is
 * a role. People whose last term has ended get a "Former …" title.
 */
export function readCongressYaml(source: string, options: CongressReadOptions = {}): ImportReport {
  const data = parseYamlSafely(source);
  if (!Array.isArray(data) || !data.some((entry) => isRecord(entry) && isRecord(entry.name))) {
    throw new ImportError(
      'This YAML file is not a congress-legislators list (a list of people with "id", "name" and "terms").',
    );
  }
  const names = data.map((entry) => nameParts(isRecord(entry) ? entry.name : undefined));
  // Two people with the same short name ("George Bush") get their middle initials ("George H. W. Bush").
  const counts = new Map<string, number>();
  for (const name of names) {
    const key = importNameKey(displayName(name, false));
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const collector = new ActorCollector(options.defaults);
  data.forEach((entry, index) => {
    const row = index + 1;
    if (!isRecord(entry)) {
      collector.skip(row, 'Not a person entry');
      return;
    }
    const name = names[index] ?? {};
    const shared = (counts.get(importNameKey(displayName(name, false))) ?? 0) > 1;
    const roles = rolesFromTerms(terms(entry.terms));
    const latest = roles[roles.length - 1];
    const draft: ActorDraft = {
      row,
      name: displayName(name, shared && Boolean(name.middle)),
      aliases: aliasesOf(name),
      kind: 'official',
      roles: roles.map((role) => role.role),
      country: 'United States',
      externalIds: ids(entry.id),
    };
    if (latest) draft.description = latest.description;
    if (latest?.url) draft.links = [latest.url];
    collector.add(draft);
  });
  return {
    actors: collector.finish(options.today ?? todayIso()),
    skipped: collector.skipped,
    skippedTotal: collector.skippedTotal,
    format: 'congress-yaml',
  };
}
