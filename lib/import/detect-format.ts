// Tells which kind of list a file holds, from its name and its first characters.
import type { ImportFormat } from './types';

const EXTENSION = /\.([a-z0-9]{1,8})$/i;

function sniffJson(head: string): ImportFormat | null {
  return head.startsWith('{') && /"(head|results)"\s*:/.test(head) ? 'sparql-json' : null;
}

function sniffYaml(head: string): ImportFormat | null {
  // congress-legislators entries start "- id:" (or "- name:"); comments and "---" may come first.
  return /(^|\n)- (id|name):\s*(\n|$)/.test(head) ? 'congress-yaml' : null;
}

/** True when the CSV header names Wikidata-style variables (?xLabel columns, or entity URI columns). */
function looksLikeSparqlCsv(head: string): boolean {
  const header = head.slice(0, head.search(/\r?\n|$/)).toLowerCase();
  return (
    /label\b/.test(header) ||
    /,?https?:\/\/www\.wikidata\.org\/entity\/q\d/.test(head.slice(0, 4096).toLowerCase())
  );
}

/**
 * The file's format, or null when Dossier cannot read it. The extension decides where it is clear
 * (.json/.srj, .yaml/.yml, .csv/.tsv/.txt; the readers then explain a wrong file); the content decides
 * otherwise, and tells SPARQL CSV from plain CSV.
 */
export function detectImportFormat(fileName: string, text: string): ImportFormat | null {
  const head = text.slice(text.charCodeAt(0) === 0xfeff ? 1 : 0, 16 * 1024).trimStart();
  if (head === '') return null;
  const extension = EXTENSION.exec(fileName.trim())?.[1]?.toLowerCase();
  if (extension === 'json' || extension === 'srj') return 'sparql-json';
  if (extension === 'yaml' || extension === 'yml') return 'congress-yaml';
  const csv = looksLikeSparqlCsv(head) ? 'sparql-csv' : 'csv';
  if (extension === 'csv' || extension === 'tsv' || extension === 'txt') return csv;
  const sniffed = sniffJson(head) ?? sniffYaml(head);
  if (sniffed) return sniffed;
  if (head.startsWith('{') || head.startsWith('[') || head.startsWith('<')) return null;
  // Anything else with a delimiter on its first line reads as CSV.
  const firstLine = head.slice(0, head.search(/\r?\n|$/));
  return /[,;\t]/.test(firstLine) ? csv : null;
}
