// Reads Wikidata (SPARQL) query results saved as CSV: a header of variable names without "?", entity
// URIs as plain cells. Same mapping as any CSV, with Wikidata's comma-separated alias lists.
import { readCsvWithGuessedMapping } from './read-csv-actors';
import type { ImportDefaults, ImportReport } from './types';

/** Reads actors from SPARQL CSV results, guessing the columns from the variable names. */
export function readSparqlCsv(text: string, defaults: ImportDefaults = {}, today?: string): ImportReport {
  return readCsvWithGuessedMapping(text, defaults, {
    commaAliases: true,
    format: 'sparql-csv',
    ...(today ? { today } : {}),
  });
}
