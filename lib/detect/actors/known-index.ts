// Token-keyed lookup of known actors (the reader's list and the starter set): full names and aliases by
// first word, surnames, and consonant skeletons for spelling variants. Built once per list and cached;
// the skeleton tables and each actor's name key wait for the first look-up that needs them.
import type { KnownActor } from '../types';
import { type KeyedLookup, type KeySet, nameSkeletonTables, surnameSkeletonTable } from './known-skeletons';
import { matchWords } from './known-words';
import { nameKey } from './normalize';
import { surnameOf } from './surname';

/** A known actor with its precomputed keys. */
export interface KnownEntry {
  readonly actor: KnownActor;
  /** Key of the canonical name. */
  readonly key: string;
  /** Folded last name (or first, for East Asian order). */
  readonly surname: string;
  /** The surname alone is enough to name them. */
  readonly surnameAlone: boolean;
}

/** A full name or alias, as folded words without initials. */
export interface KnownForm {
  words: string[];
  entry: KnownEntry;
  /** The form as written in the list. */
  written: string;
}

/** Lookup tables over one list of known actors. */
export interface KnownIndex {
  byFirst: ReadonlyMap<string, KnownForm[]>;
  bySurname: ReadonlyMap<string, KnownEntry[]>;
  /** Skeleton of the surname -> entries, for transliteration variants. */
  bySkeleton: KeyedLookup<KnownEntry[]>;
  /** Skeleton of every word of a full name or alias -> forms, for transliterated full names. */
  byNameSkeleton: KeyedLookup<KnownForm[]>;
  /** Skeleton of the first word of every key in `byNameSkeleton`: rules out most names before the full key is built. */
  firstSkeletons: KeySet;
}

/** A known actor's entry; the name key is computed when first read, since only matched actors need it. */
class Entry implements KnownEntry {
  private cachedKey: string | undefined;

  constructor(
    readonly actor: KnownActor,
    readonly surname: string,
    readonly surnameAlone: boolean,
  ) {}

  get key(): string {
    this.cachedKey ??= nameKey(this.actor.name);
    return this.cachedKey;
  }
}

// Loops in this module are indexed rather than for-of: the index is built once, mostly by code not yet
// optimised, where an array iterator costs more than the work inside the loop.

/** Builds the exact-name tables now and the skeleton tables on first use; linear in the number of names. */
export function buildKnownIndex(actors: readonly KnownActor[]): KnownIndex {
  const byFirst = new Map<string, KnownForm[]>();
  const bySurname = new Map<string, KnownEntry[]>();
  // Entries and multi-word forms in list order, for the skeleton tables.
  const entries: KnownEntry[] = [];
  const forms: KnownForm[] = [];
  // An entry is added to surname lists only while its own actor is read, so a repeat is always the last item.
  const addSurname = (surname: string, entry: KnownEntry): void => {
    const list = bySurname.get(surname);
    if (!list) bySurname.set(surname, [entry]);
    else if (list[list.length - 1] !== entry) list.push(entry);
  };
  const addForm = (entry: KnownEntry, written: string, words: string[]): void => {
    if (words.length === 0) return;
    const first = words[0] ?? '';
    if (words.length === 1) {
      addSurname(first, entry);
      return;
    }
    const form = { words, entry, written };
    forms.push(form);
    const list = byFirst.get(first);
    if (list) list.push(form);
    else byFirst.set(first, [form]);
  };
  for (let i = 0; i < actors.length; i++) {
    const actor = actors[i];
    if (!actor || typeof actor.name !== 'string') continue;
    const words = matchWords(actor.name);
    if (words.length === 0) continue;
    const surname = surnameOf(words);
    const entry = new Entry(actor, surname, (actor as { surnameAlone?: boolean }).surnameAlone === true);
    entries.push(entry);
    addForm(entry, actor.name, words);
    const aliases = actor.aliases;
    if (Array.isArray(aliases))
      for (let k = 0; k < aliases.length; k++) {
        const alias: unknown = aliases[k];
        if (typeof alias === 'string')
          addForm(entry, alias, alias === actor.name ? words : matchWords(alias));
      }
    addSurname(surname, entry);
  }
  return { byFirst, bySurname, bySkeleton: surnameSkeletonTable(entries), ...nameSkeletonTables(forms) };
}

const cache = new WeakMap<readonly KnownActor[], KnownIndex>();

/** The index of `actors`, built on first use and kept while the list object lives. */
export function knownIndexFor(actors: readonly KnownActor[]): KnownIndex {
  let index = cache.get(actors);
  if (!index) {
    index = buildKnownIndex(actors);
    cache.set(actors, index);
  }
  return index;
}
