// Reads Wikidata (or any SPARQL endpoint's) query results in the SPARQL 1.1 JSON results format:
// { head: { vars }, results: { bindings: [ { var: { type, value } } ] } }. Variables are mapped to
// fields by name, as CSV headers are (?officeholder -> Wikidata id, ?officeholderLabel -> name, ...).
import { ActorCollector } from './collect-actors';
import { foldHeader, guessCsvMapping } from './csv-mapping';
import { todayIso } from './iso-date';
import { parseJson } from './parse-json';
import { draftFromRow } from './row-draft';
import { type ImportDefaults, ImportError, type ImportReport } from './types';

/** Settings for reading SPARQL results. */
export interface SparqlReadOptions {
  defaults?: ImportDefaults;
  /** Today's date (YYYY-MM-DD), to tell current roles from ended ones. */
  today?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The result variables: head.vars, then any others the first bindings use. */
function variablesOf(head: unknown, bindings: readonly unknown[]): string[] {
  const vars: string[] = [];
  const headVars = isRecord(head) && Array.isArray(head.vars) ? head.vars : [];
  for (const name of headVars) if (typeof name === 'string' && !vars.includes(name)) vars.push(name);
  for (const binding of bindings.slice(0, 1000)) {
    if (!isRecord(binding)) continue;
    for (const name of Object.keys(binding)) if (vars.length < 200 && !vars.includes(name)) vars.push(name);
  }
  return vars;
}

/** The value of one bound variable, or '' when unbound or malformed. */
function bindingValue(binding: Record<string, unknown>, name: string): string {
  const term = binding[name];
  if (!isRecord(term)) return '';
  return typeof term.value === 'string' ? term.value : '';
}

/**
 * Reads actors from SPARQL JSON results. One person over several rows (several positions) becomes one
 * actor with all the roles. Throws ImportError for malformed JSON or JSON that is not a results list.
 */
export function readSparqlJson(text: string, options: SparqlReadOptions = {}): ImportReport {
  const data = parseJson(text);
  if (isRecord(data) && typeof data.boolean === 'boolean') {
    throw new ImportError('This file is the answer to a yes/no (ASK) query, not a list of people.');
  }
  const results = isRecord(data) ? data.results : undefined;
  const bindings = isRecord(results) ? results.bindings : undefined;
  if (!isRecord(data) || !Array.isArray(bindings)) {
    throw new ImportError(
      'This JSON file is not a Wikidata query result: it has no "results.bindings" list. Download query results as JSON (SPARQL results) or CSV.',
    );
  }
  const vars = variablesOf(data.head, bindings);
  const mapping = guessCsvMapping(vars);
  if (mapping.name === undefined) {
    // A query may name its label anything: take the first ?xLabel that no other field uses.
    const used = new Set(Object.values(mapping));
    const label = vars.findIndex((name, index) => !used.has(index) && foldHeader(name).endsWith('label'));
    if (label !== -1) mapping.name = label;
  }
  if (mapping.name === undefined) {
    throw new ImportError(
      `Dossier could not tell which variable holds the names (variables: ${vars.slice(0, 12).join(', ')}). Add a label variable such as ?personLabel to the query.`,
    );
  }
  if (bindings.length === 0) throw new ImportError('This query result is empty: the query found no rows.');
  const collector = new ActorCollector(options.defaults);
  bindings.forEach((binding, index) => {
    if (!isRecord(binding)) {
      collector.skip(index + 1, 'Not a result row');
      return;
    }
    const cells = vars.map((name) => bindingValue(binding, name));
    const draft = draftFromRow(cells, mapping, index + 1, true);
    if (draft) collector.add(draft);
  });
  return {
    actors: collector.finish(options.today ?? todayIso()),
    skipped: collector.skipped,
    skippedTotal: collector.skippedTotal,
    format: 'sparql-json',
  };
}
