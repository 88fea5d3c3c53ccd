// Skeleton-keyed lookups of known actors, for transliterated spellings. Built on the first look-up that
// needs them rather than with the index, and then only in part: skeletons of every known name are the
// costliest keys, and a text with only familiar names never reads them.
import type { KnownEntry, KnownForm } from './known-index';
import { skeleton, skeletonStart, wordSkeleton, wordsSkeleton } from './normalize';

/** The read side of a table keyed by string. */
export interface KeyedLookup<V> {
  get(key: string): V | undefined;
}

/** The read side of a set of strings. */
export interface KeySet {
  has(key: string): boolean;
}

/**
 * Full-name skeleton tables over `forms` (multi-word names and aliases, in list order). The first use
 * groups the forms by the skeleton of their first word; the full keys of a group are built when a key
 * starting with that skeleton is first looked up.
 */
export function nameSkeletonTables(forms: readonly KnownForm[]): {
  byNameSkeleton: KeyedLookup<KnownForm[]>;
  firstSkeletons: KeySet;
} {
  let byFirstSkeleton: Map<string, KnownForm[]> | undefined;
  const groups = (): Map<string, KnownForm[]> => {
    if (!byFirstSkeleton) {
      byFirstSkeleton = new Map();
      for (let i = 0; i < forms.length; i++) {
        const form = forms[i] as KnownForm;
        pushTo(byFirstSkeleton, wordSkeleton(form.words[0] ?? ''), form);
      }
    }
    return byFirstSkeleton;
  };
  const byFullSkeleton = new Map<string, Map<string, KnownForm[]>>();
  return {
    byNameSkeleton: {
      get(key) {
        // Word skeletons hold no spaces: the first word's skeleton is everything before the first space.
        const space = key.indexOf(' ');
        const first = space < 0 ? key : key.slice(0, space);
        let byKey = byFullSkeleton.get(first);
        if (!byKey) {
          byKey = new Map();
          for (const form of groups().get(first) ?? []) pushTo(byKey, wordsSkeleton(form.words), form);
          byFullSkeleton.set(first, byKey);
        }
        return byKey.get(key);
      },
    },
    firstSkeletons: { has: (key) => groups().has(key) },
  };
}

/** Shortest surname skeleton that links spellings: shorter ones are too common. */
const MIN_SURNAME_SKELETON = 3;

/**
 * Surname skeleton -> entries (in list order), for skeletons of three sounds or more. The first use groups
 * the entries by the first sound of their surname's skeleton, read from its first letters; a group's
 * skeletons are built when a key starting with that sound is first looked up, so a long list of known
 * actors builds the skeletons of the groups that texts ask for, not of every surname.
 */
export function surnameSkeletonTable(entries: readonly KnownEntry[]): KeyedLookup<KnownEntry[]> {
  let byStart: Map<string, KnownEntry[]> | undefined;
  const bySkeletonInGroup = new Map<string, Map<string, KnownEntry[]>>();
  return {
    get(key) {
      if (key.length < MIN_SURNAME_SKELETON) return undefined;
      const start = key.charAt(0);
      let bySkeleton = bySkeletonInGroup.get(start);
      if (!bySkeleton) {
        if (!byStart) {
          byStart = new Map();
          for (let i = 0; i < entries.length; i++) {
            const entry = entries[i] as KnownEntry;
            pushTo(byStart, skeletonStart(entry.surname), entry);
          }
        }
        bySkeleton = new Map();
        // A skeleton skips everything but letters, so a surname with particles needs no joining first.
        for (const entry of byStart.get(start) ?? []) pushTo(bySkeleton, skeleton(entry.surname), entry);
        bySkeletonInGroup.set(start, bySkeleton);
      }
      return bySkeleton.get(key);
    },
  };
}

function pushTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
