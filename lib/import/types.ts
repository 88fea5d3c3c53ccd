// The shapes the officials-list importers produce: validated actors, a report of skipped rows, and the
// reader-facing error. Plain data only: no database, no browser API.
import type { ActorKind } from '../model/records';

/** One role an imported actor held or holds, as the list gives it. */
export interface ImportedRole {
  /** The role as written, e.g. "President of Albania", "Senator". */
  title: string;
  country?: string;
  organisation?: string;
  /** ISO date (YYYY-MM-DD or YYYY) the role started, when the list says. */
  start?: string;
  /** ISO date (YYYY-MM-DD or YYYY) the role ended or ends, when the list says. */
  end?: string;
}

/** One actor read from an imported list, cleaned and ready to become (or merge into) a card. */
export interface ImportedActor {
  /** Canonical display name, trimmed; CIA-style ALL-CAPS surnames are recased ("Hamdullah Mohib"). */
  name: string;
  /** Other spellings and forms (the as-published form, nicknames, full official names); at most 20. */
  aliases: string[];
  kind: ActorKind;
  /**
   * The role to show: the newest current role. When every role the list gives has ended, the newest
   * one prefixed with "Former " (e.g. "Former President of Albania"); the plain titles stay in `roles`.
   */
  title?: string;
  /** English country name, e.g. "United States". */
  country?: string;
  organisation?: string;
  /** ISO date (YYYY-MM-DD or YYYY): when the shown role started, else the list's date. */
  asOf?: string;
  description?: string;
  /** http(s) addresses only. */
  links?: string[];
  /** Identifiers in public registries, e.g. { wikidata: 'Q22250', bioguide: 'C000127' }. */
  externalIds?: Record<string, string>;
  /**
   * Every role the list gives for this actor, newest first (by start date; undated roles keep file
   * order after dated ones). Present only when the list gives at least one role.
   */
  roles?: ImportedRole[];
}

/** The formats Dossier can import. */
export type ImportFormat = 'csv' | 'sparql-json' | 'sparql-csv' | 'congress-yaml';

/** A row (1-based, as the reader would count it in the file) that was not imported, and why. */
export interface SkippedRow {
  row: number;
  reason: string;
}

/** The result of reading one file. */
export interface ImportReport {
  actors: ImportedActor[];
  /** Skipped rows with reasons; at most the first 1,000 are listed. */
  skipped: SkippedRow[];
  /** How many rows were skipped in all (may exceed `skipped.length`). */
  skippedTotal: number;
  format: ImportFormat;
}

/** The fields a CSV column can be mapped to. */
export type MappedField =
  | 'name'
  | 'aliases'
  | 'title'
  | 'country'
  | 'organisation'
  | 'asOf'
  | 'end'
  | 'kind'
  | 'description'
  | 'link'
  | 'wikidata';

/** Which column (0-based index) holds each field; unmapped fields are absent. */
export type ColumnMapping = Partial<Record<MappedField, number>>;

/** Values applied to rows that do not give their own. */
export interface ImportDefaults {
  /** Kind for rows without a kind column value; 'official' when not given. */
  kind?: ActorKind;
  /** The list's date (ISO), used as `asOf` for roles without a start date. */
  asOf?: string;
}

/** Options for reading a file. */
export interface ImportOptions {
  /** Column mapping the reader chose (CSV only); guessed from the header row when absent. */
  mapping?: ColumnMapping;
  defaults?: ImportDefaults;
  /** Today's date (YYYY-MM-DD), to tell current roles from ended ones; the real date when absent. */
  today?: string;
}

/** A problem with the whole file, with a message written for the reader. */
export class ImportError extends Error {
  override name = 'ImportError';
}
