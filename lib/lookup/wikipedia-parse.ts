// Reads a Wikipedia REST page summary defensively: only a standard article's plain-text extract is
// used (never its HTML), bounded and cleaned.
import { asObject, asText, field } from './json-fields';
import { LookupError } from './lookup-error';
import { MAX_EXTRACT_LENGTH } from './lookup-result';

/** The opening of the article as plain text, or undefined when the page is not a standard article. */
export function parseSummary(json: unknown): string | undefined {
  const summary = asObject(json);
  if (!summary) throw new LookupError('Wikipedia sent an answer of the wrong shape; nothing was used.');
  // Disambiguation pages and other non-articles say nothing about one person.
  if (field(summary, 'type') !== 'standard') return undefined;
  return asText(field(summary, 'extract'), MAX_EXTRACT_LENGTH);
}
