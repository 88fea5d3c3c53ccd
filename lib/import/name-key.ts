// The normalised form of a name used to find duplicates within one file: case-, accent-, punctuation-
// and spacing-insensitive (the same folding the card store uses for its keys).

const MARKS = /[\u0300-\u036f\u00ad\u200b-\u200d\u2060\ufeff]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** Folds a name so that "Hamdullah MOHIB" and "Hamdullah Mohib" (or "José"/"Jose") compare equal. */
export function importNameKey(name: string): string {
  return name.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(NOT_WORD, ' ').trim();
}
