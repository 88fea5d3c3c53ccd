// Recognises Wikidata entity references (Q-ids and entity URIs) in list cells.

const QID = /^Q[1-9]\d{0,11}$/;
const ENTITY_PREFIXES = [
  'http://www.wikidata.org/entity/',
  'https://www.wikidata.org/entity/',
  'http://www.wikidata.org/wiki/',
  'https://www.wikidata.org/wiki/',
  'wd:',
];

/** The Q-id in "Q22250", "wd:Q22250" or "http://www.wikidata.org/entity/Q22250", else undefined. */
export function wikidataId(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (QID.test(text)) return text;
  for (const prefix of ENTITY_PREFIXES) {
    if (text.startsWith(prefix)) {
      const id = text.slice(prefix.length);
      return QID.test(id) ? id : undefined;
    }
  }
  return undefined;
}

/** True for cells that hold an identifier or address rather than readable text (a Q-id or a URI). */
export function isEntityReference(value: string): boolean {
  // Every form recognised below starts with one of these letters (after spaces).
  if (!/^\s*[QqHhWwUu_]/.test(value)) return false;
  return wikidataId(value) !== undefined || /^(https?|urn|_):/i.test(value.trim());
}
