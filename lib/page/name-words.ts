// The distinct words of a page that could be part of a name, normalised the way stored names are,
// to ask the background which stored actors the page may mention. Pure string code.

const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{M}'’\u00ad-]*/gu;
const NOT_A_WORD_CHARACTER = /[^\p{L}\p{N}]+/u;

/** Folds case, accents and soft hyphens, as the database's name keys do. */
function normalise(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u00ad]/g, '')
    .toLowerCase();
}

/** Distinct normalised parts of capitalised words ("Solberg-Haug" gives "solberg" and "haug"). */
export function nameWords(text: string, limit = 20_000): string[] {
  const words = new Set<string>();
  // A page repeats its capitalised words (names, "The", "He"): each spelling is normalised once.
  const spellings = new Set<string>();
  for (const match of text.matchAll(CAPITALISED_WORD)) {
    const spelling = match[0];
    if (spellings.has(spelling)) continue;
    spellings.add(spelling);
    for (const part of normalise(spelling).split(NOT_A_WORD_CHARACTER)) {
      if (part.length >= 2) words.add(part);
    }
    if (words.size >= limit) break;
  }
  return [...words];
}
