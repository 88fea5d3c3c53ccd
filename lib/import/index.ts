// The importers for officials lists, in one place for the options page: file in, validated actors out.
// Pure parsing: no database, no browser API.
export { guessCsvMapping } from './csv-mapping';
export { detectImportFormat } from './detect-format';
export { MAX_ACTORS, MAX_ALIASES, MAX_FILE_BYTES, MAX_NAME_CHARS } from './limits';
export { parseCsv } from './parse-csv';
export { readCongressYaml } from './read-congress-yaml';
export { readCsvActors, readCsvHeaders, readCsvWithGuessedMapping } from './read-csv-actors';
export { readImportFile } from './read-import-file';
export { readSparqlCsv } from './read-sparql-csv';
export { readSparqlJson } from './read-sparql-json';
export { checkFileSize } from './sniff-text';
export {
  type ColumnMapping,
  type ImportDefaults,
  ImportError,
  type ImportedActor,
  type ImportedRole,
  type ImportFormat,
  type ImportOptions,
  type ImportReport,
  type MappedField,
  type SkippedRow,
} from './types';
