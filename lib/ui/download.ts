// Saves text as a file the reader downloads, from an extension page (no downloads permission needed).
import { isoDay } from '../model/dates';

/** Offers `text` as a download named `fileName`. */
export function saveTextFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoke after the click has been handled, so the download can start.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Today's date for file names, e.g. "2026-11-26". */
export function fileDate(now: Date = new Date()): string {
  return isoDay(now);
}
