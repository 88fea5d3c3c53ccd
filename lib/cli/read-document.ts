// Reads one document for `dossier analyze FILE`: refuses missing, binary and oversized files with a
// clear message, and turns HTML into its visible text.
import { readFileSync, statSync } from 'node:fs';
import { htmlToText } from './html-text';

/** Largest file the CLI reads (bytes). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** A document ready for analysis. */
export interface LoadedDocument {
  /** The text that offsets refer to (for HTML: the extracted visible text). */
  text: string;
  kind: 'html' | 'text';
}

/** A user-facing error: printed as "dossier: <message>" without a stack trace; exit code 2 = bad usage. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 8 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.1;
}

function isHtml(path: string, text: string): boolean {
  if (/\.x?html?$/i.test(path)) return true;
  if (/\.(txt|text|md)$/i.test(path)) return false;
  const head = text.slice(0, 1024).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

/** Loads `path`, throwing `CliError` with a readable message when it cannot be analysed. */
export function readDocument(path: string): LoadedDocument {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new CliError(`${path} is a directory, not a file`);
    size = stat.size;
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`cannot read ${path}: no such file or not readable`);
  }
  if (size > MAX_FILE_BYTES) {
    throw new CliError(`${path} is too large (${size} bytes; the limit is ${MAX_FILE_BYTES} bytes)`);
  }
  const bytes = readFileSync(path);
  if (looksBinary(bytes)) throw new CliError(`${path} looks like a binary file; give an .html or .txt file`);
  const raw = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (isHtml(path, raw)) return { text: htmlToText(raw), kind: 'html' };
  return { text: raw, kind: 'text' };
}
