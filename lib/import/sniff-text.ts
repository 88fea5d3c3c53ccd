// Checks that an uploaded file is text of a size Dossier accepts, before any parser sees it: the byte
// limit, empty files, and binary files (spreadsheets, archives, images) with reader-facing messages.
import { MAX_FILE_BYTES } from './limits';
import { ImportError } from './types';

/** UTF-8 size of `text` in bytes, counted without allocating. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Throws ImportError when a file of `bytes` bytes is over the limit (the options page can call it before reading). */
export function checkFileSize(bytes: number): void {
  if (bytes > MAX_FILE_BYTES) {
    const mb = (bytes / 1024 / 1024).toFixed(1);
    throw new ImportError(
      `This file is ${mb} MB; Dossier imports files of up to ${MAX_FILE_BYTES / 1024 / 1024} MB. Split it into smaller files.`,
    );
  }
}

/** Throws ImportError for text that is too large, empty, or not text at all. */
export function checkImportText(text: string): void {
  // Each UTF-16 unit is at least one UTF-8 byte, so long strings fail without counting.
  checkFileSize(
    text.length > MAX_FILE_BYTES ? text.length : text.length * 3 > MAX_FILE_BYTES ? utf8Length(text) : 0,
  );
  if (text.trim() === '' || text === '\ufeff') throw new ImportError('This file is empty.');
  if (text.startsWith('PK\u0003\u0004')) {
    throw new ImportError(
      'This looks like a spreadsheet or a zip archive, not a text file. Save the sheet as CSV (UTF-8) and import that.',
    );
  }
  const sample = text.slice(0, 64 * 1024);
  let suspicious = 0;
  let nuls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) nuls++;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd) suspicious++;
  }
  // Text files may carry a stray NUL (it is stripped later); binary formats are full of them.
  if (nuls >= 2)
    throw new ImportError('This is a binary file, not text. Dossier imports CSV, JSON and YAML files.');
  if (suspicious > 8 && suspicious > sample.length / 100) {
    throw new ImportError(
      'This file does not look like text (or is not saved as UTF-8). Dossier imports CSV, JSON and YAML files in UTF-8.',
    );
  }
}
