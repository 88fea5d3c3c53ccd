// Parses YAML safely for import: core schema only (no custom or language-specific tags), no merge keys,
// a small alias budget against "billion laughs" files, and every failure turned into an ImportError.
import { parse } from 'yaml';
import { ImportError } from './types';

/** Most alias expansions accepted; the lists Dossier imports use none. */
const MAX_YAML_ALIASES = 50;

/** The parsed document; throws ImportError("This file is not valid YAML (line 3).") on any failure. */
export function parseYamlSafely(text: string): unknown {
  try {
    return parse(text, {
      schema: 'core',
      customTags: [],
      merge: false,
      maxAliasCount: MAX_YAML_ALIASES,
      // The public lists repeat a key now and then (a corrected term end): the last value wins.
      uniqueKeys: false,
      // 'error' throws on the first error and keeps warnings (unknown tags) quiet; 'silent' would not throw.
      logLevel: 'error',
      prettyErrors: true,
    });
  } catch (error) {
    if (error instanceof Error && /alias/i.test(error.message)) {
      throw new ImportError('This YAML file uses too many aliases (references); Dossier does not import it.');
    }
    if (error instanceof RangeError) {
      throw new ImportError('This YAML file is nested too deeply to import.');
    }
    const line = /line (\d{1,9})/.exec(error instanceof Error ? error.message : '')?.[1];
    throw new ImportError(
      line ? `This file is not valid YAML (line ${line}).` : 'This file is not valid YAML.',
    );
  }
}
