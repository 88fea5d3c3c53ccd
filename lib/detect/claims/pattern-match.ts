// Matches compiled cue patterns (cue-patterns.ts) against the tokens of one sentence. Patterns are
// short and fixed, so matching is linear in the text; a pattern whose anchor words are all missing
// from the sentence is skipped without being tried.
import { wordHash } from '../text/word-hash';
import { isCap, isWord, type Tokens } from '../text/words';
import {
  ANCHOR_KEY_MASK,
  type CompiledPattern,
  LOWER_KEY,
  type PatternIndex,
  UPPER_KEY,
} from './cue-patterns';
import type { Slot } from './parse-patterns';

/** A pattern match: tokens [start, end) of one sentence. */
export interface PatternHit<T> {
  start: number;
  end: number;
  data: T;
}

/** A 1,024-bit table with the bit of each word's hash set. */
function wordBitsOf(words: Iterable<string>): Uint32Array {
  const bits = new Uint32Array(32);
  for (const word of words) {
    const h = wordHash(word);
    bits[(h >>> 5) & 31] = (bits[(h >>> 5) & 31] ?? 0) | (1 << (h & 31));
  }
  return bits;
}

/** Whether token i may be in the slot's word list (its hash bit is set). */
function mayBeSlotWord(slot: Slot, t: Tokens, i: number): boolean {
  // Built when first needed: most slots are never reached on a page's first sentences.
  slot.wordBits ??= wordBitsOf(slot.words);
  const h = t.hash[i] ?? 0;
  return ((slot.wordBits[(h >>> 5) & 31] ?? 0) & (1 << (h & 31))) !== 0;
}

function accepts(slot: Slot, t: Tokens, i: number): boolean {
  if (isWord(t, i)) {
    if (slot.any) return true;
    if (isCap(t, i) ? slot.upper : slot.lower) return true;
  }
  return mayBeSlotWord(slot, t, i) && slot.words.has(t.norm[i] ?? '');
}

function matchFrom(slots: Slot[], t: Tokens, i: number, k: number, limit: number): number {
  if (k === slots.length) return i;
  const slot = slots[k];
  if (!slot) return -1;
  if (i < limit && accepts(slot, t, i)) {
    const r = matchFrom(slots, t, i + 1, k + 1, limit);
    if (r >= 0) return r;
  }
  return slot.optional ? matchFrom(slots, t, i, k + 1, limit) : -1;
}

/** The bits of the anchor slots that may accept some token in [from, to). */
function presentAnchors<T>(index: PatternIndex<T>, t: Tokens, from: number, to: number): number {
  let present = 0;
  for (let i = from; i < to; i++) {
    // Words outside the claim vocabulary (spelled '') are in no anchor slot.
    if (t.norm[i] !== '') present |= index.anchorMasks[(t.hash[i] ?? 0) & ANCHOR_KEY_MASK] ?? 0;
  }
  return present;
}

function mayMatch<T>(p: CompiledPattern<T>, present: number): boolean {
  return p.anchorBit === 0 || (present & p.anchorBit) !== 0;
}

/** `list` when one of its patterns may match (given the anchors present), else undefined. */
function liveOrNone<T>(
  list: readonly CompiledPattern<T>[] | undefined,
  present: number,
): readonly CompiledPattern<T>[] | undefined {
  return list?.some((p) => mayMatch(p, present)) ? list : undefined;
}

/** Every match of the indexed patterns in tokens [from, to); one (the longest) per start and payload. */
export function matchPatterns<T>(
  index: PatternIndex<T>,
  t: Tokens,
  from = 0,
  to = t.length,
): PatternHit<T>[] {
  const hits: PatternHit<T>[] = [];
  const present = presentAnchors(index, t, from, to);
  // Patterns under a wildcard would be tried at every word: drop the lists none of whose anchors is here.
  const lower = liveOrNone(index.byFirst.get(LOWER_KEY), present);
  const upper = liveOrNone(index.byFirst.get(UPPER_KEY), present);
  for (let i = from; i < to; i++) {
    const h = (t.hash[i] ?? 0) & 0xffff;
    const exact =
      (index.firstBits[h >>> 5] ?? 0) & (1 << (h & 31)) ? index.byFirst.get(t.norm[i] ?? '') : undefined;
    const wild = isWord(t, i) ? (isCap(t, i) ? upper : lower) : undefined;
    if (exact) matchList(exact, t, i, to, present, hits);
    if (wild) matchList(wild, t, i, to, present, hits);
  }
  return hits;
}

function matchList<T>(
  list: readonly CompiledPattern<T>[],
  t: Tokens,
  i: number,
  to: number,
  present: number,
  hits: PatternHit<T>[],
): void {
  for (const p of list) {
    if (!mayMatch(p, present)) continue;
    const end = matchFrom(p.slots, t, i, 0, to);
    if (end <= i) continue;
    const prev = hits[hits.length - 1];
    if (prev && prev.start === i && prev.data === p.data) {
      if (end > prev.end) prev.end = end;
    } else hits.push({ start: i, end, data: p.data });
  }
}
