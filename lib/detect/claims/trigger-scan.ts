// Cheap first pass over a sentence: hashes each lower-cased word without allocating strings and
// reports whether the sentence may meet a requirement of the trigger filter (trigger-filter.ts).
// Sentences that meet none skip tokenizing and matching. Word characters and joiners are the claim
// tokenizer's own, so a word it would spell out hashes the same here.
import { HASH_KEY_MASK, hashStep } from '../text/word-hash';
import { isWordCode } from '../text/words';
import type { TriggerFilter } from './trigger-filter';

/** Scratch: hashes of the current sentence's words that fill some slot. */
let slotWords = new Int32Array(64);
/** Scratch: per slot, the number of the latest sentence holding one of its words. */
let seenIn = new Int32Array(0);
/** Scratch: the number of the sentence being checked. */
let sentence = 0;

function hasBit(bits: Int32Array, h: number): boolean {
  return (((bits[(h & 0xffff) >>> 5] ?? 0) >>> (h & 31)) & 1) === 1;
}

/** Whether every slot of requirement r has a word in the current sentence. */
function isMet(filter: TriggerFilter, r: number, current: number): boolean {
  for (const s of filter.requirements[r] ?? []) if (seenIn[s] !== current) return false;
  return true;
}

/** Whether the words with hashes slotWords[0, count) fill all slots of some requirement. */
function meetsRequirement(filter: TriggerFilter, count: number): boolean {
  if (seenIn.length < filter.requirementsByAnchor.length || sentence === 0x7fffffff) {
    seenIn = new Int32Array(filter.requirementsByAnchor.length);
    sentence = 0;
  }
  const current = ++sentence;
  for (let k = 0; k < count; k++) {
    for (const s of filter.slotsByWord.get((slotWords[k] ?? 0) & HASH_KEY_MASK) ?? []) seenIn[s] = current;
  }
  // Only requirements whose anchor is present can be met: check just those.
  for (let k = 0; k < count; k++) {
    if (!hasBit(filter.anchorBits, slotWords[k] ?? 0)) continue;
    for (const a of filter.slotsByWord.get((slotWords[k] ?? 0) & HASH_KEY_MASK) ?? []) {
      for (const r of filter.requirementsByAnchor[a] ?? []) if (isMet(filter, r, current)) return true;
    }
  }
  return false;
}

/**
 * True when the words in text[start, end) may meet a requirement of `filter` (false positives are
 * harmless); false only when no cue pattern can match and no report can be relayed.
 */
export function hasTriggerWords(text: string, start: number, end: number, filter: TriggerFilter): boolean {
  if (filter.passesAll) return true;
  let count = 0;
  let anchored = false;
  let h = 0;
  let inWord = false;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 32;
    if (c >= 97 && c <= 122) {
      h = (Math.imul(h, 31) + c) | 0; // hashStep, for the commonest case: an ASCII lower-case letter
      inWord = true;
      continue;
    }
    if (isWordCode(text, i, c)) {
      h = hashStep(h, text, i, c);
      inWord = true;
      continue;
    }
    if (!inWord) continue;
    // An inner apostrophe, hyphen or dot joins two word parts, as in the tokenizer.
    if ((c === 39 || c === 0x2019 || c === 45 || c === 46) && i + 1 < end) {
      if (isWordCode(text, i + 1, text.charCodeAt(i + 1))) {
        h = hashStep(h, text, i, c);
        continue;
      }
    }
    if (hasBit(filter.wordBits, h)) {
      if (count === slotWords.length) {
        const grown = new Int32Array(2 * count);
        grown.set(slotWords);
        slotWords = grown;
      }
      slotWords[count++] = h;
      anchored ||= hasBit(filter.anchorBits, h);
    }
    h = 0;
    inWord = false;
  }
  return anchored && meetsRequirement(filter, count);
}
