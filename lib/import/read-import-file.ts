// The one entry point the options page calls: checks the file, detects its format, reads it with the
// matching reader, and turns every failure into an ImportError the reader can understand.

import { detectImportFormat } from './detect-format';
import { todayIso } from './iso-date';
import { readCongressYaml } from './read-congress-yaml';
import { readCsvActors, readCsvWithGuessedMapping } from './read-csv-actors';
import { readSparqlJson } from './read-sparql-json';
import { checkImportText } from './sniff-text';
import { ImportError, type ImportOptions, type ImportReport } from './types';

function read(fileName: string, text: string, options: ImportOptions): ImportReport {
  checkImportText(text);
  const format = detectImportFormat(fileName, text);
  if (!format) {
    throw new ImportError(
      'Dossier cannot read this kind of file. Import a CSV file, Wikidata query results (JSON or CSV), or a congress-legislators YAML file.',
    );
  }
  const today = options.today ?? todayIso();
  const defaults = options.defaults ?? {};
  if (format === 'sparql-json') return readSparqlJson(text, { defaults, today });
  if (format === 'congress-yaml') return readCongressYaml(text, { defaults, today });
  const csvOptions = { today, format, commaAliases: format === 'sparql-csv' };
  return options.mapping
    ? readCsvActors(text, options.mapping, defaults, csvOptions)
    : readCsvWithGuessedMapping(text, defaults, csvOptions);
}

/**
 * Reads a list of officials from a file's name and text. Throws ImportError (with a message for the
 * reader) for files over 20 MB, empty or binary files, unknown or malformed formats, lists without a
 * name column and lists of more than 100,000 actors; never anything else.
 */
export function readImportFile(fileName: string, text: string, options: ImportOptions = {}): ImportReport {
  try {
    return read(fileName, text, options);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('Dossier could not read this file.', { cause: error });
  }
}
