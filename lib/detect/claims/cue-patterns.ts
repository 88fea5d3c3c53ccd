// Compiles claim-cue patterns (syntax in lexicon/claim-lexicon.ts) into a first-word index and
// matches them against tokens. Patterns are short and fixed, so matching is linear in the text.
import { wordHash } from '../text/word-hash';
import { isCap, isWord, type Tokens } from '../text/words';

interface Slot {
  words: Set<string>;
  /** 1,024 bits keyed by word hash: a token whose bit is clear is not in `words` (built on first use). */
  wordBits: Uint32Array | undefined;
  /** Accepts any lower-case word. */
  lower: boolean;
  /** Accepts any capitalised word. */
  upper: boolean;
  /** Accepts any word. */
  any: boolean;
  optional: boolean;
}

/** One compiled pattern with a caller-defined payload (category, level, ...). */
export interface CompiledPattern<T> {
  slots: Slot[];
  data: T;
}

/** Patterns indexed by every word their first slot accepts. */
export interface PatternIndex<T> {
  byFirst: Map<string, CompiledPattern<T>[]>;
  /** 65,536 bits keyed by word hash: a token whose bit is clear starts no pattern of `byFirst`. */
  firstBits: Uint8Array;
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

/** A pattern match: tokens [start, end) of one sentence. */
export interface PatternHit<T> {
  start: number;
  end: number;
  data: T;
}

function parseSlot(raw: string, groups: Readonly<Record<string, string>>): Slot {
  const optional = raw.startsWith('?');
  const body = optional ? raw.slice(1) : raw;
  const slot: Slot = {
    words: new Set(),
    wordBits: undefined,
    lower: false,
    upper: false,
    any: false,
    optional,
  };
  for (const alt of body.split('|')) {
    if (alt === '_') slot.lower = true;
    else if (alt === '*') slot.any = true;
    else if (alt === '^') slot.upper = true;
    else if (alt.startsWith('{') && alt.endsWith('}')) {
      const list = groups[alt.slice(1, -1)];
      if (list === undefined) throw new Error(`Unknown cue group ${alt}`);
      for (const w of list.split(' ')) if (w) slot.words.add(w);
    } else if (alt) slot.words.add(alt);
  }
  return slot;
}

/** Index keys for patterns whose first slot is a wildcard ("_", "^", "*"): never a real word. */
const LOWER_KEY = '\u0000lower';
const UPPER_KEY = '\u0000upper';

function addToIndex<T>(index: PatternIndex<T>, slots: Slot[], data: T): void {
  const first = slots[0];
  if (!first) return;
  if (first.optional) {
    addToIndex(index, slots.slice(1), data);
    addToIndex(index, [{ ...first, optional: false }, ...slots.slice(1)], data);
    return;
  }
  const keys = [...first.words];
  if (first.any || first.lower) keys.push(LOWER_KEY);
  if (first.any || first.upper) keys.push(UPPER_KEY);
  // One pattern object under every key: compiling and scanning the index stay linear in its patterns.
  const pattern = { slots, data };
  for (const key of keys) {
    const list = index.byFirst.get(key);
    if (list) list.push(pattern);
    else index.byFirst.set(key, [pattern]);
    index.firstBits[wordHash(key) & 0xffff] = 1;
  }
}

/** Compiles `patterns` (each with its payload) into an index keyed by first word. */
export function compilePatterns<T>(
  patterns: readonly (readonly [string, T])[],
  groups: Readonly<Record<string, string>>,
): PatternIndex<T> {
  const into: PatternIndex<T> = { byFirst: new Map(), firstBits: new Uint8Array(0x10000) };
  // Slots never change once parsed, so patterns that spell a slot alike share one ("{say}", "{be}").
  const parsed = new Map<string, Slot>();
  const slotOf = (raw: string): Slot => {
    let slot = parsed.get(raw);
    if (!slot) {
      slot = parseSlot(raw, groups);
      parsed.set(raw, slot);
    }
    return slot;
  };
  for (const [source, data] of patterns) {
    const slots = source
      .split(' ')
      .filter((s) => s !== '')
      .map(slotOf);
    addToIndex(into, slots, data);
  }
  return into;
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

/** Every match of the indexed patterns in tokens [from, to); one (the longest) per start and payload. */
export function matchPatterns<T>(
  index: PatternIndex<T>,
  t: Tokens,
  from = 0,
  to = t.length,
): PatternHit<T>[] {
  const hits: PatternHit<T>[] = [];
  const lower = index.byFirst.get(LOWER_KEY);
  const upper = index.byFirst.get(UPPER_KEY);
  for (let i = from; i < to; i++) {
    const exact =
      index.firstBits[(t.hash[i] ?? 0) & 0xffff] === 1 ? index.byFirst.get(t.norm[i] ?? '') : undefined;
    const wild = isWord(t, i) ? (isCap(t, i) ? upper : lower) : undefined;
    if (exact) matchList(exact, t, i, to, hits);
    if (wild) matchList(wild, t, i, to, hits);
  }
  return hits;
}

function matchList<T>(
  list: readonly CompiledPattern<T>[],
  t: Tokens,
  i: number,
  to: number,
  hits: PatternHit<T>[],
): void {
  for (const p of list) {
    const end = matchFrom(p.slots, t, i, 0, to);
    if (end <= i) continue;
    const prev = hits[hits.length - 1];
    if (prev && prev.start === i && prev.data === p.data) {
      if (end > prev.end) prev.end = end;
    } else hits.push({ start: i, end, data: p.data });
  }
}

const COMMON = new Set(
  (
    "the a an is are was were be been being 's 're am it there has have had 've to of in on at by for with " +
    'that this and or not no one two three other , . "'
  ).split(' '),
);
/** Rough relative frequency in news text of words that cue patterns use: a slot with them is a poor anchor. */
const FREQUENT: ReadonlyMap<string, number> = new Map([
  ['said', 60],
  ['as', 50],
  ['would', 25],
  ['people', 15],
  ['all', 15],
  ['can', 10],
  ['could', 10],
  ['think', 8],
  ['say', 8],
  ['news', 7],
  ['says', 7],
  ['told', 6],
  ['may', 6],
  ['according', 5],
  ['way', 5],
  ["it's", 5],
  ['saying', 4],
  ['media', 4],
  ['likely', 4],
  ['added', 4],
  ['might', 3],
  ['officials', 3],
  ['know', 5],
  ['some', 10],
  ['many', 8],
  ['most', 8],
]);

/**
 * For each pattern, the words of its most selective required slot (one without common function words
 * when possible). A sentence holding none of these words cannot match any pattern.
 */
export function anchorWords<T>(index: PatternIndex<T>, keep: (data: T) => boolean = () => true): Set<string> {
  const anchors = new Set<string>();
  const seen = new Set<CompiledPattern<T>>();
  for (const list of index.byFirst.values()) {
    for (const p of list) {
      if (seen.has(p) || !keep(p.data)) continue;
      seen.add(p);
      let best: Slot | undefined;
      let bestCost = Number.POSITIVE_INFINITY;
      for (const slot of p.slots) {
        if (slot.optional || slot.any || slot.lower || slot.upper) continue;
        let cost = slot.words.size;
        for (const w of slot.words) cost += COMMON.has(w) ? 1000 : (FREQUENT.get(w) ?? 0);
        if (cost < bestCost) {
          best = slot;
          bestCost = cost;
        }
      }
      for (const w of best?.words ?? []) anchors.add(w);
    }
  }
  return anchors;
}

/** Every literal word (and punctuation mark) the indexed patterns can accept. */
export function patternWords<T>(index: PatternIndex<T>): Set<string> {
  const words = new Set<string>();
  const seen = new Set<Slot>();
  for (const list of index.byFirst.values())
    for (const p of list)
      for (const slot of p.slots) {
        if (seen.has(slot)) continue;
        seen.add(slot);
        for (const w of slot.words) words.add(w);
      }
  return words;
}
