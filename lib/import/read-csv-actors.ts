// Reads a CSV list of actors with a column mapping (chosen by the reader, or guessed from the header
// row): the first record is the header, every later record one row of the list.
import { ActorCollector } from './collect-actors';
import { guessCsvMapping } from './csv-mapping';
import { todayIso } from './iso-date';
import { parseCsv, sniffDelimiter } from './parse-csv';
import { draftFromRow } from './row-draft';
import {
  type ColumnMapping,
  type ImportDefaults,
  ImportError,
  type ImportFormat,
  type ImportReport,
} from './types';

/** Extra settings for reading CSV. */
export interface CsvReadOptions {
  /** Today's date (YYYY-MM-DD), to tell current roles from ended ones. */
  today?: string;
  /** Also split the aliases cell on commas (SPARQL exports); ";" and "|" always split. */
  commaAliases?: boolean;
  /** The format to report; 'csv' when not given. */
  format?: ImportFormat;
}

/** True when some row from `from` on has a non-blank cell. */
function hasContent(rows: readonly string[][], from: number): boolean {
  for (let index = from; index < rows.length; index++) {
    if (rows[index]!.some((value) => value.trim() !== '')) return true;
  }
  return false;
}

/** The header row of a CSV text (for the options page's column pickers); [] for an empty text. */
export function readCsvHeaders(text: string): string[] {
  const rows = parseCsv(text, sniffDelimiter(text), 1);
  return (rows[0] ?? []).map((header) => header.trim());
}

/**
 * Reads actors from CSV text. Rows without a name are skipped with a reason; rows are numbered as
 * records, the header being row 1. Throws ImportError for an empty file, a file with only a header
 * row, or a mapping without a name column.
 */
export function readCsvActors(
  text: string,
  mapping: ColumnMapping,
  defaults: ImportDefaults = {},
  options: CsvReadOptions = {},
): ImportReport {
  const rows = parseCsv(text, sniffDelimiter(text));
  const headers = rows[0];
  if (!headers || !hasContent(rows, 0)) {
    throw new ImportError('This file is empty.');
  }
  if (mapping.name === undefined || mapping.name >= headers.length) {
    const shown = headers
      .slice(0, 12)
      .map((header) => `"${header.trim().slice(0, 40)}"`)
      .join(', ');
    throw new ImportError(
      `Dossier could not tell which column holds the names (columns found: ${shown}). Name the column "name", or choose it in the column settings.`,
    );
  }
  if (!hasContent(rows, 1)) {
    throw new ImportError('This file has a header row but no rows below it.');
  }
  const collector = new ActorCollector(defaults);
  for (let index = 1; index < rows.length; index++) {
    const draft = draftFromRow(rows[index]!, mapping, index + 1, options.commaAliases ?? false);
    if (draft) collector.add(draft);
  }
  return {
    actors: collector.finish(options.today ?? todayIso()),
    skipped: collector.skipped,
    skippedTotal: collector.skippedTotal,
    format: options.format ?? 'csv',
  };
}

/** Reads CSV text with the mapping guessed from its header row. */
export function readCsvWithGuessedMapping(
  text: string,
  defaults: ImportDefaults = {},
  options: CsvReadOptions = {},
): ImportReport {
  return readCsvActors(text, guessCsvMapping(readCsvHeaders(text)), defaults, options);
}
