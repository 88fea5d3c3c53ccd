// Indexes parsed claim-cue patterns (parse-patterns.ts) by the words their first slot accepts, each
// with the bit of its anchor slot; the matcher is in pattern-match.ts.
import { wordHash } from '../text/word-hash';
import type { ParsedPattern, Slot } from './parse-patterns';
import { anchorSlot } from './pattern-anchors';

/** One indexed pattern with a caller-defined payload (category, level, ...). */
export interface CompiledPattern<T> extends ParsedPattern<T> {
  /**
   * The bit of the pattern's anchor slot (its most selective required slot after the first) in
   * `anchorMasks`, or 0 for a pattern without one.
   */
  anchorBit: number;
}

/** Patterns indexed by every word their first slot accepts. */
export interface PatternIndex<T> {
  byFirst: Map<string, CompiledPattern<T>[]>;
  /**
   * 65,536 bits keyed by the low bits of a word hash, packed 32 to an entry: a token whose bit is
   * clear starts no pattern of `byFirst`.
   */
  firstBits: Int32Array;
  /**
   * Keyed by the low bits of a word hash: the bits of every anchor slot holding a word with such a
   * hash. A pattern whose bit is in no token's mask cannot match (anchor slots share 32 bits).
   */
  anchorMasks: Int32Array;
}

/** Mask of the word-hash bits that key `anchorMasks`. */
export const ANCHOR_KEY_MASK = 0xfff;

/** Index keys for patterns whose first slot is a wildcard ("_", "^", "*"): never a real word. */
export const LOWER_KEY = '\u0000lower';
export const UPPER_KEY = '\u0000upper';

/** Indexes `patterns` by first word. */
export function indexPatterns<T>(patterns: readonly ParsedPattern<T>[]): PatternIndex<T> {
  const index: PatternIndex<T> = {
    byFirst: new Map(),
    firstBits: new Int32Array(0x10000 >>> 5),
    anchorMasks: new Int32Array(ANCHOR_KEY_MASK + 1),
  };
  const anchorBits = new Map<Slot, number>();
  /** The bit of anchor slot `slot`, giving it one (and marking its words) when new. */
  const bitOf = (slot: Slot | undefined): number => {
    if (!slot) return 0;
    let bit = anchorBits.get(slot);
    if (bit === undefined) {
      bit = 1 << (anchorBits.size & 31);
      anchorBits.set(slot, bit);
      for (const w of slot.words) {
        const key = wordHash(w) & ANCHOR_KEY_MASK;
        index.anchorMasks[key] = (index.anchorMasks[key] ?? 0) | bit;
      }
    }
    return bit;
  };
  const addKey = (key: string, pattern: CompiledPattern<T>): void => {
    const list = index.byFirst.get(key);
    if (list) {
      list.push(pattern);
      return;
    }
    index.byFirst.set(key, [pattern]);
    const h = wordHash(key) & 0xffff;
    index.firstBits[h >>> 5] = (index.firstBits[h >>> 5] ?? 0) | (1 << (h & 31));
  };
  for (const { slots, data } of patterns) {
    const first = slots[0];
    if (!first) continue;
    // One pattern object under every key: compiling and scanning the index stay linear in its patterns.
    const pattern: CompiledPattern<T> = { slots, data, anchorBit: bitOf(anchorSlot(slots, 1)) };
    for (const w of first.words) addKey(w, pattern);
    if (first.any || first.lower) addKey(LOWER_KEY, pattern);
    if (first.any || first.upper) addKey(UPPER_KEY, pattern);
  }
  return index;
}
