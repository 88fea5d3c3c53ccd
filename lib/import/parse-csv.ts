// RFC 4180 CSV parsing: quoted fields, doubled quotes, CRLF or LF (or lone CR) line ends, a leading BOM,
// newlines inside quotes. One linear pass with indexOf for quoted runs; no regular expressions.
import { ImportError } from './types';

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** The 1-based line on which character `index` of `text` sits. */
function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Splits CSV text into rows of fields. A blank line gives a row with one empty field. Text after a
 * closing quote is kept ("ab"c -> abc), as spreadsheets do. Throws ImportError for a quote that is
 * never closed. `maxRows` stops early (e.g. 1 to read only the header).
 */
export function parseCsv(text: string, delimiter = ',', maxRows = Number.POSITIVE_INFINITY): string[][] {
  const delim = delimiter.charCodeAt(0);
  const n = text.length;
  const rows: string[][] = [];
  let row: string[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < n && rows.length < maxRows) {
    let field = '';
    if (text.charCodeAt(i) === QUOTE) {
      const opened = i;
      let from = i + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close === -1) {
          throw new ImportError(
            `This CSV file has a quoted field starting on line ${lineAt(text, opened)} that is never closed.`,
          );
        }
        field += text.slice(from, close);
        if (text.charCodeAt(close + 1) === QUOTE) {
          field += '"';
          from = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
    }
    // Unquoted field, or stray text after a closing quote: read to the next delimiter or line end.
    const start = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === delim || c === LF || c === CR) break;
      i++;
    }
    if (i > start) field += text.slice(start, i);
    row.push(field);
    const c = text.charCodeAt(i);
    if (c === delim) {
      i++;
      if (i === n) row.push('');
      continue;
    }
    if (c === CR) i++;
    if (text.charCodeAt(i) === LF && (c === CR || c === LF)) i++;
    rows.push(row);
    row = [];
  }
  if (row.length > 0 && rows.length < maxRows) rows.push(row);
  return rows;
}

/**
 * Picks the delimiter of a CSV file from its first line (outside quotes): comma, semicolon (spreadsheets
 * in many European locales) or tab, whichever occurs most; comma on a tie.
 */
export function sniffDelimiter(text: string): string {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  const end = Math.min(text.length, 64 * 1024);
  for (let i = 0; i < end; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}
