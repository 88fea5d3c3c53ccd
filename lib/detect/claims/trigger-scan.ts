// Cheap first pass over a sentence: hashes each lower-cased word without allocating strings and
// reports whether any could start a cue. Sentences without one skip tokenizing and matching. Word
// characters are the claim tokenizer's own, so that no word it would spell out is missed here.
import { hashStep } from '../text/word-hash';
import type { WordTable } from '../text/word-table';
import { isWordCode } from '../text/words';

/** True when some word in text[start, end) may be one of `triggers` (false positives are harmless). */
export function hasTriggerWord(text: string, start: number, end: number, triggers: WordTable): boolean {
  let h = 0;
  let inWord = false;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 32;
    if (isWordCode(text, i, c)) {
      h = hashStep(h, text, i, c);
      inWord = true;
      continue;
    }
    if (inWord && (c === 39 || c === 0x2019 || c === 45 || c === 46) && i + 1 < end) {
      const n = text.charCodeAt(i + 1);
      if (isWordCode(text, i + 1, n)) {
        h = hashStep(h, text, i, c);
        continue;
      }
    }
    if (inWord && triggers.mayHold(h)) return true;
    h = 0;
    inWord = false;
  }
  return false;
}
