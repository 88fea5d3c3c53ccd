// Gathers the actors of one file: cleans each draft, merges drafts of the same person (same Wikidata id,
// or same normalised name) into one actor, records skipped rows, and enforces the actor limit.
import type { ActorKind } from '../model/records';
import type { ActorDraft } from './actor-draft';
import { type CleanDraft, cleanDraft } from './clean-draft';
import { MAX_ACTORS, MAX_ALIASES, MAX_LINKS, MAX_ROLES } from './limits';
import { settleActor } from './settle-actor';
import { type ImportDefaults, ImportError, type ImportedActor, type SkippedRow } from './types';

/** Most skipped rows listed one by one; beyond it only `skippedTotal` grows. */
export const MAX_SKIPPED_LISTED = 1_000;

/** An actor being assembled from one or more drafts. */
export interface ActorEntry extends CleanDraft {
  roleKeys: Set<string>;
}

function roleKey(role: CleanDraft['roles'][number]): string {
  return [role.title, role.country, role.organisation, role.start, role.end].join('\u0000');
}

/** Collects drafts in file order; call `finish` once at the end. */
export class ActorCollector {
  private readonly entries: ActorEntry[] = [];
  private readonly byName = new Map<string, ActorEntry>();
  private readonly byWikidata = new Map<string, ActorEntry>();
  private readonly defaultKind: ActorKind;
  readonly skipped: SkippedRow[] = [];
  skippedTotal = 0;

  constructor(private readonly defaults: ImportDefaults = {}) {
    this.defaultKind = defaults.kind ?? 'official';
  }

  /** Notes a row that will not be imported. */
  skip(row: number, reason: string): void {
    this.skippedTotal++;
    if (this.skipped.length < MAX_SKIPPED_LISTED) this.skipped.push({ row, reason });
  }

  /** Adds one draft: a new actor, or more aliases and roles for one already seen. */
  add(draft: ActorDraft): void {
    const clean = cleanDraft(draft, this.defaultKind);
    if (typeof clean === 'string') {
      this.skip(draft.row, clean);
      return;
    }
    const wikidata = clean.externalIds.wikidata;
    const sameId = wikidata ? this.byWikidata.get(wikidata) : undefined;
    const sameName = this.byName.get(clean.key);
    const target = sameId ?? sameName;
    if (!target) {
      this.create(clean);
      return;
    }
    const conflict = sameId ? undefined : conflictingId(target.externalIds, clean.externalIds);
    if (conflict) {
      this.skip(
        clean.row,
        `Same name as row ${target.row} (${target.name}) but a different ${conflict} id; kept the first`,
      );
      return;
    }
    merge(target, clean);
    if (!this.byName.has(clean.key)) this.byName.set(clean.key, target);
    if (wikidata && !this.byWikidata.has(wikidata)) this.byWikidata.set(wikidata, target);
  }

  private create(clean: CleanDraft): void {
    if (this.entries.length >= MAX_ACTORS) {
      throw new ImportError(
        `This file holds more than ${MAX_ACTORS.toLocaleString('en')} actors. Split it into smaller files and import them one by one.`,
      );
    }
    // Every field set up front, in one order, without spreading: all entries share one object shape,
    // which keeps 100,000 of them fast.
    const entry: ActorEntry = {
      row: clean.row,
      name: clean.name,
      key: clean.key,
      aliases: [],
      kind: clean.kind,
      roles: [],
      country: undefined,
      organisation: undefined,
      description: undefined,
      links: [],
      externalIds: {},
      roleKeys: new Set(),
    };
    merge(entry, clean);
    this.entries.push(entry);
    this.byName.set(clean.key, entry);
    const wikidata = clean.externalIds.wikidata;
    if (wikidata) this.byWikidata.set(wikidata, entry);
  }

  /** The finished actors, in the order they first appeared. */
  finish(today: string): ImportedActor[] {
    return this.entries.map((entry) => settleActor(entry, today, this.defaults.asOf));
  }
}

/** The first registry in which both actors have an id and the ids differ: two people, one name. */
function conflictingId(a: Record<string, string>, b: Record<string, string>): string | undefined {
  for (const [scheme, id] of Object.entries(b)) {
    const other = a[scheme];
    if (other !== undefined && other !== id) return scheme;
  }
  return undefined;
}

function addAlias(entry: ActorEntry, alias: string): void {
  if (alias !== entry.name && entry.aliases.length < MAX_ALIASES && !entry.aliases.includes(alias)) {
    entry.aliases.push(alias);
  }
}

function merge(entry: ActorEntry, clean: CleanDraft): void {
  if (clean.name !== entry.name) addAlias(entry, clean.name);
  for (const alias of clean.aliases) addAlias(entry, alias);
  for (const role of clean.roles) {
    const key = roleKey(role);
    if (entry.roles.length >= MAX_ROLES || entry.roleKeys.has(key)) continue;
    entry.roleKeys.add(key);
    entry.roles.push(role);
  }
  if (clean.kind === 'official') entry.kind = 'official';
  entry.country ??= clean.country;
  entry.organisation ??= clean.organisation;
  entry.description ??= clean.description;
  for (const link of clean.links)
    if (entry.links.length < MAX_LINKS && !entry.links.includes(link)) entry.links.push(link);
  for (const [key, value] of Object.entries(clean.externalIds)) {
    if (!(key in entry.externalIds)) entry.externalIds[key] = value;
  }
}
