// Decides which kinds of highlight the reader's switches allow, and paints them.
import type { Settings } from '../settings/settings';
import { clearAllHighlights, paintHighlights } from './highlight-registry';
import type { PageScan } from './page-scan';

/** Paints what the switches allow on this site and clears the rest. */
export function paintFindings(scan: PageScan | null, settings: Settings, siteEnabled: boolean): void {
  if (!scan || !settings.highlights || !siteEnabled) {
    clearAllHighlights();
    return;
  }
  paintHighlights('official', settings.officials ? scan.ranges.official : []);
  paintHighlights('claim', settings.claims ? scan.ranges.claim : []);
}
