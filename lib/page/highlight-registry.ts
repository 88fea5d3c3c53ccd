// Owns Dossier's entries in the CSS Custom Highlight registry. The page can see these entries
// (the registry is shared with the page); they hold only ranges, never names or notes.

/** Registry names other tools rely on: one Highlight per kind. */
export const HIGHLIGHT_NAMES = {
  official: 'dossier-official',
  claim: 'dossier-claim',
} as const;

export type HighlightKind = keyof typeof HIGHLIGHT_NAMES;

/** True when this browser paints CSS Custom Highlights (Chrome 105+, Firefox 140+). */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Replaces the ranges painted for `kind`; an empty list removes the entry. */
export function paintHighlights(kind: HighlightKind, ranges: readonly AbstractRange[]): void {
  if (!highlightsSupported()) return;
  const name = HIGHLIGHT_NAMES[kind];
  if (ranges.length === 0) {
    CSS.highlights.delete(name);
    return;
  }
  const highlight = new Highlight();
  for (const range of ranges) highlight.add(range);
  highlight.priority = kind === 'official' ? 2 : 1;
  CSS.highlights.set(name, highlight);
}

/** Removes every Dossier highlight from the page. */
export function clearAllHighlights(): void {
  if (!highlightsSupported()) return;
  for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
}
