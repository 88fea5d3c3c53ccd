// Token-keyed lookup of known actors (the reader's list and the starter set): full names and aliases by
// first word, surnames, and consonant skeletons for spelling variants. Built once per list and cached.
import type { KnownActor } from '../types';
import { foldWord, nameKey, skeleton, wordSkeleton, wordsSkeleton } from './normalize';
import { surnameOf } from './surname';

/** A known actor with its precomputed keys. */
export interface KnownEntry {
  actor: KnownActor;
  /** Key of the canonical name. */
  key: string;
  /** Folded last name (or first, for East Asian order). */
  surname: string;
  /** The surname alone is enough to name them. */
  surnameAlone: boolean;
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
  byFirst: Map<string, KnownForm[]>;
  bySurname: Map<string, KnownEntry[]>;
  /** Skeleton of the surname -> entries, for transliteration variants. */
  bySkeleton: Map<string, KnownEntry[]>;
  /** Skeleton of every word of a full name or alias -> forms, for transliterated full names. */
  byNameSkeleton: Map<string, KnownForm[]>;
  /** Skeleton of the first word of every key in `byNameSkeleton`: rules out most names before the full key is built. */
  firstSkeletons: Set<string>;
}

/** Regnal numbers and suffixes that follow a name but are never matched as part of it. */
const NOT_NAME_WORDS = new Set('ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi jr sr'.split(' '));

/** Folded words of a name without initials and dots ("George H. W. Bush" -> ["george", "bush"]). */
export function matchWords(name: string): string[] {
  const out: string[] = [];
  for (const raw of name.split(/\s+/)) {
    const dotted = raw.includes('.');
    const w = dotted ? foldWord(raw).replace(/\./g, '') : foldWord(raw);
    if (w.length === 0) continue;
    if (dotted && w.length <= 3) continue;
    if (w.length === 1 || NOT_NAME_WORDS.has(w)) continue;
    out.push(w);
  }
  return out;
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

/** Builds the lookup tables; linear in the number of names. */
export function buildKnownIndex(actors: readonly KnownActor[]): KnownIndex {
  const index: KnownIndex = {
    byFirst: new Map(),
    bySurname: new Map(),
    bySkeleton: new Map(),
    byNameSkeleton: new Map(),
    firstSkeletons: new Set(),
  };
  for (const actor of actors) {
    if (!actor || typeof actor.name !== 'string') continue;
    const words = matchWords(actor.name);
    if (words.length === 0) continue;
    const surname = surnameOf(words);
    const entry: KnownEntry = {
      actor,
      key: nameKey(actor.name),
      surname,
      surnameAlone: (actor as { surnameAlone?: boolean }).surnameAlone === true,
    };
    const aliases = Array.isArray(actor.aliases) ? actor.aliases.filter((a) => typeof a === 'string') : [];
    const forms = [actor.name, ...aliases];
    for (const written of forms) {
      const fw = written === actor.name ? words : matchWords(written);
      if (fw.length === 0) continue;
      if (fw.length === 1) {
        push(index.bySurname, fw[0] ?? '', entry);
        continue;
      }
      const form = { words: fw, entry, written };
      push(index.byFirst, fw[0] ?? '', form);
      push(index.byNameSkeleton, wordsSkeleton(fw), form);
      index.firstSkeletons.add(wordSkeleton(fw[0] ?? ''));
    }
    push(index.bySurname, surname, entry);
    const sk = skeleton(surname.replace(/ /g, ''));
    if (sk.length >= 3) push(index.bySkeleton, sk, entry);
  }
  return index;
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
