// Builds, per sensitivity level, the word-level prefilter that spares most sentences tokenizing and
// matching. A sentence can hold a cue only if it has a word of every required plain-word slot of some
// cue pattern ("said ... to ... be"), and it can relay a report only if it has an outlet word and a
// reporting word. Each requirement is checked only when the words of its rarest slot (its anchor)
// are there. The scan itself is in trigger-scan.ts.
import { HASH_KEY_MASK, wordHash } from '../text/word-hash';
import type { ParsedPattern, Slot } from './parse-patterns';
import { anchorSlot } from './pattern-anchors';

/** Requirements on a sentence's words, one per cue pattern (plus one for relayed reports). */
export interface TriggerFilter {
  /** 65,536 bits keyed by the low bits of a word hash, packed 32 to an entry: set for every slot word. */
  wordBits: Int32Array;
  /** The same for the words of anchor slots: a sentence without one meets no requirement. */
  anchorBits: Int32Array;
  /** The slots (by number) holding each word, keyed by `wordHash & HASH_KEY_MASK`. */
  slotsByWord: Map<number, number[]>;
  /** Per slot, the requirements (by number) whose anchor (rarest slot) it is. */
  requirementsByAnchor: number[][];
  /** Per requirement, the slots that must all have a word in the sentence. */
  requirements: number[][];
  /** True when some requirement needs no word (every sentence passes). */
  passesAll: boolean;
}

function setBit(bits: Int32Array, h: number): void {
  bits[(h & 0xffff) >>> 5] = (bits[(h & 0xffff) >>> 5] ?? 0) | (1 << (h & 31));
}

/**
 * A word the scan hashes exactly like the tokenizer's token for it (letters and digits, joined by
 * inner ' . -): only slots made of such words can be required.
 */
const PLAIN_WORD = /^[a-z0-9]+(?:['.-][a-z0-9]+)*$/;

function isPlain(words: ReadonlySet<string>): boolean {
  if (words.size === 0) return false;
  for (const w of words) if (!PLAIN_WORD.test(w)) return false;
  return true;
}

/**
 * The filter for the patterns `keep` accepts: each needs all its required plain-word slots; a
 * relayed report needs a word of `outletWords` and one of `relayWords`.
 */
export function buildTriggerFilter<T>(
  patterns: readonly ParsedPattern<T>[],
  keep: (data: T) => boolean,
  outletWords: ReadonlySet<string>,
  relayWords: ReadonlySet<string>,
): TriggerFilter {
  // Built at start-up, while this code still runs in the interpreter: locals, not fields, in the loops.
  const wordBits = new Int32Array(0x10000 >>> 5);
  const anchorBits = new Int32Array(0x10000 >>> 5);
  const slotsByWord = new Map<number, number[]>();
  const requirementsByAnchor: number[][] = [];
  const requirements: number[][] = [];
  let passesAll = false;
  // Numbered by word set (a slot and its required copy, from an optional first slot, share one);
  // -1 for a set with a word that is not plain.
  const slotNumbers = new Map<ReadonlySet<string>, number>();
  const slotHashes: number[][] = [];
  const slotNumber = (words: ReadonlySet<string>): number => {
    let n = slotNumbers.get(words);
    if (n !== undefined) return n;
    n = isPlain(words) ? slotHashes.length : -1;
    slotNumbers.set(words, n);
    if (n < 0) return n;
    const hashes: number[] = [];
    for (const w of words) {
      const h = wordHash(w);
      hashes.push(h);
      setBit(wordBits, h);
      const key = h & HASH_KEY_MASK;
      const numbers = slotsByWord.get(key);
      if (numbers) numbers.push(n);
      else slotsByWord.set(key, [n]);
    }
    slotHashes.push(hashes);
    requirementsByAnchor.push([]);
    return n;
  };
  /** Adds the requirement that each of `slots` (plain) has a word in the sentence; `anchor` is the rarest. */
  const addRequirement = (slots: number[], anchor: number | undefined): void => {
    if (anchor === undefined) {
      passesAll = true;
      return;
    }
    requirementsByAnchor[anchor]?.push(requirements.length);
    requirements.push(slots);
    for (const h of slotHashes[anchor] ?? []) setBit(anchorBits, h);
  };
  for (const p of patterns) {
    if (!keep(p.data)) continue;
    const plain: Slot[] = [];
    for (const s of p.slots) {
      if (!s.optional && !s.any && !s.lower && !s.upper && slotNumber(s.words) >= 0) plain.push(s);
    }
    const anchor = anchorSlot(plain, 0);
    addRequirement(
      plain.map((s) => slotNumber(s.words)),
      anchor ? slotNumber(anchor.words) : undefined,
    );
  }
  const outlet = [slotNumber(outletWords), slotNumber(relayWords)].filter((n) => n >= 0);
  addRequirement(outlet, outlet[0]);
  return { wordBits, anchorBits, slotsByWord, requirementsByAnchor, requirements, passesAll };
}
