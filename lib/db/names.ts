// Name normalisation for storage look-ups: one key per spelling, case- and accent-insensitive.

/** Folds case, accents, soft hyphens, punctuation and spacing so that "Netan\u00ADyahu" finds "Netanyahu". */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
