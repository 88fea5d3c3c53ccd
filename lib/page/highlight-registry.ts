// Owns Dossier's entries in the CSS Custom Highlight registry. The page can see these entries
// (the registry is shared with the page); they hold only ranges, never names or notes. Never
// touches the page's DOM.
import type { ClaimCategory } from '../detect/types';
import type { Mark } from './marks';

/** Registry names other tools rely on: one Highlight per kind. */
export const HIGHLIGHT_NAMES = {
  official: 'dossier-official',
  claim: 'dossier-claim',
} as const;

/** The highlight of the span the reader just moved to (keyboard navigation, popup). */
export const FOCUS_HIGHLIGHT = 'dossier-focus';

export type HighlightKind = keyof typeof HIGHLIGHT_NAMES;

/** Finer registry name per claim category, in addition to `dossier-claim`. */
export function claimCategoryName(category: ClaimCategory): string {
  return `${HIGHLIGHT_NAMES.claim}-${category}`;
}

/** True when this browser paints CSS Custom Highlights (Chrome 105+, Firefox 140+). */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Which kinds the reader's switches let through. */
export interface Visibility {
  officials: boolean;
  claims: boolean;
}

/** Dossier's highlights of one scan: ranges are added in batches, visibility is one registry flip. */
export class HighlightSet {
  private readonly byName = new Map<string, Highlight>();
  private visibility: Visibility = { officials: false, claims: false };

  /** Adds the marks' ranges; those of a kind on show start painting at once. */
  add(marks: readonly Mark[]): void {
    if (!highlightsSupported()) return;
    for (const mark of marks) {
      if (mark.kind === 'official') this.highlight(HIGHLIGHT_NAMES.official, 2).add(mark.range);
      else {
        this.highlight(HIGHLIGHT_NAMES.claim, 1).add(mark.range);
        this.highlight(claimCategoryName(mark.claim.category), 0).add(mark.range);
      }
    }
    this.show(this.visibility);
  }

  /** Registers the kinds that `visibility` allows and unregisters the others. */
  show(visibility: Visibility): void {
    this.visibility = visibility;
    if (!highlightsSupported()) return;
    for (const [name, highlight] of this.byName) {
      const wanted = name === HIGHLIGHT_NAMES.official ? visibility.officials : visibility.claims;
      const shown = CSS.highlights.get(name) === highlight;
      if (wanted && highlight.size > 0 && !shown) CSS.highlights.set(name, highlight);
      else if (!wanted && shown) CSS.highlights.delete(name);
    }
  }

  /** Unregisters this set's highlights (leaves entries of a newer set alone). */
  remove(): void {
    if (!highlightsSupported()) return;
    for (const [name, highlight] of this.byName)
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
  }

  private highlight(name: string, priority: number): Highlight {
    let highlight = this.byName.get(name);
    if (!highlight) {
      highlight = new Highlight();
      highlight.priority = priority;
      this.byName.set(name, highlight);
    }
    return highlight;
  }
}

/** Shows `range` as the focused span (or nothing, with null). */
export function paintFocus(range: AbstractRange | null): void {
  if (!highlightsSupported()) return;
  if (!range) CSS.highlights.delete(FOCUS_HIGHLIGHT);
  else {
    const highlight = new Highlight(range);
    highlight.priority = 3;
    CSS.highlights.set(FOCUS_HIGHLIGHT, highlight);
  }
}

/** Removes every Dossier highlight from the page. */
export function clearAllHighlights(): void {
  if (!highlightsSupported()) return;
  const names: string[] = [];
  CSS.highlights.forEach((_highlight, name) => {
    if (name.startsWith('dossier-')) names.push(name);
  });
  for (const name of names) CSS.highlights.delete(name);
}
