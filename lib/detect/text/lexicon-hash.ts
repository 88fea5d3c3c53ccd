// `wordHash` for the words of a lexicon, computed in one loop without a call per character. Lexicon
// tables are built once, at start-up, while the code still runs cold in the interpreter, where
// per-character calls make hashing the bulk of building them.
import { wordHash } from './word-hash';

/** The same number as `wordHash(word)`: ASCII words are hashed inline, any other by `wordHash`. */
export function lexiconWordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return wordHash(word);
    h = (Math.imul(h, 31) + (c >= 65 && c <= 90 ? c + 32 : c)) | 0;
  }
  return h;
}
