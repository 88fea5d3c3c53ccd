// Parses claim-cue patterns (syntax in lexicon/claim-lexicon.ts) into slots. A pattern whose first
// slot is optional is stored as two: one without that slot and one where it is required.

/** One parsed slot of a pattern: the words it accepts, or a wildcard. */
export interface Slot {
  words: Set<string>;
  /** 1,024 bits keyed by word hash: a token whose bit is clear is not in `words` (built on first use). */
  wordBits: Uint32Array | undefined;
  /** How poor an anchor the slot is (worked out on first use, in pattern-anchors.ts). */
  anchorCost: number | undefined;
  /** Accepts any lower-case word. */
  lower: boolean;
  /** Accepts any capitalised word. */
  upper: boolean;
  /** Accepts any word. */
  any: boolean;
  optional: boolean;
}

/** One parsed pattern with a caller-defined payload (category, level, ...); its first slot is required. */
export interface ParsedPattern<T> {
  slots: Slot[];
  data: T;
}

function parseSlot(raw: string, groups: Readonly<Record<string, string>>): Slot {
  const optional = raw.startsWith('?');
  const body = optional ? raw.slice(1) : raw;
  const slot: Slot = {
    words: new Set(),
    wordBits: undefined,
    anchorCost: undefined,
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

/** Adds the pattern of `slots` to `out`, as two patterns when its first slot is optional. */
function addVariants<T>(slots: Slot[], data: T, out: ParsedPattern<T>[]): void {
  const first = slots[0];
  if (!first) return;
  if (first.optional) {
    addVariants(slots.slice(1), data, out);
    addVariants([{ ...first, optional: false }, ...slots.slice(1)], data, out);
    return;
  }
  // A first slot that accepts nothing would never be tried.
  if (first.words.size > 0 || first.any || first.lower || first.upper) out.push({ slots, data });
}

/** Parses `patterns` (each with its payload); throws on an unknown `{group}`. */
export function parsePatterns<T>(
  patterns: readonly (readonly [string, T])[],
  groups: Readonly<Record<string, string>>,
): ParsedPattern<T>[] {
  // Slots never change once parsed, so patterns that spell a slot alike share one ("{say}", "{be}").
  const parsed = new Map<string, Slot>();
  const out: ParsedPattern<T>[] = [];
  for (const [source, data] of patterns) {
    const slots: Slot[] = [];
    for (const raw of source.split(' ')) {
      if (raw === '') continue;
      let slot = parsed.get(raw);
      if (!slot) {
        slot = parseSlot(raw, groups);
        parsed.set(raw, slot);
      }
      slots.push(slot);
    }
    addVariants(slots, data, out);
  }
  return out;
}

/** Every literal word (and punctuation mark) that some slot of `patterns` accepts. */
export function patternWords<T>(patterns: readonly ParsedPattern<T>[]): Set<string> {
  const words = new Set<string>();
  const seen = new Set<Set<string>>();
  for (const p of patterns) {
    for (const slot of p.slots) {
      if (seen.has(slot.words)) continue;
      seen.add(slot.words);
      for (const w of slot.words) words.add(w);
    }
  }
  return words;
}
