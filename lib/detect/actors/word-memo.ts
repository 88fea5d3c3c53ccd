// Remembers the answers of pure per-word tests (lexicon look-ups), so that a word seen many times in a
// text is classified once. Bounded: a cache is emptied when it grows past its limit.

/** Stands for an `undefined` answer in a cache, so that a remembered miss costs one look-up, not two. */
const NO_VALUE: unique symbol = Symbol('no value');

/** Wraps `fn`, a pure function of one word, with a bounded cache. */
export function memoWord<T>(fn: (word: string) => T, limit = 50000): (word: string) => T {
  const cache = new Map<string, T | typeof NO_VALUE>();
  return (word: string): T => {
    const hit = cache.get(word);
    if (hit !== undefined) return (hit === NO_VALUE ? undefined : hit) as T;
    const value = fn(word);
    if (cache.size >= limit) cache.clear();
    cache.set(word, value === undefined ? NO_VALUE : value);
    return value;
  };
}
