// Paints Dossier's highlights in the reader's palette colours through one constructed style sheet in
// document.adoptedStyleSheets, so that no element is added to the page. Only colours change: the
// underline styles of entrypoints/content/highlights.css (solid, wavy) stay.
import { HIGHLIGHT_PALETTE, type HighlightColour } from '../settings/highlight-palette';
import { DEFAULT_SETTINGS, isSiteEnabled, type Settings } from '../settings/settings';

const KINDS = [
  ['dossier-official', 'officialColour'],
  ['dossier-claim', 'claimColour'],
] as const;

/** The CSS for the chosen colours: a light rule per kind, and dark ones for dark colour schemes. */
export function highlightColourCss(colours: Pick<Settings, 'officialColour' | 'claimColour'>): string {
  const rules = (scheme: 'light' | 'dark'): string =>
    KINDS.map(([name, setting]) => {
      const colour: HighlightColour = colours[setting];
      const { tint, line } = HIGHLIGHT_PALETTE[colour][scheme];
      // !important: the content script's own sheet may come later in the cascade than this one.
      return `::highlight(${name}) { background-color: ${tint} !important; text-decoration-color: ${line} !important; }`;
    }).join('\n');
  return `${rules('light')}\n@media (prefers-color-scheme: dark) {\n${rules('dark')}\n}`;
}

/** True for a sheet this module made (possibly by an earlier content script of this page). */
function isOurs(sheet: CSSStyleSheet): boolean {
  try {
    const first = sheet.cssRules[0];
    return first instanceof CSSStyleRule
      ? first.selectorText === '::highlight(dossier-official)'
      : (first?.cssText ?? '').startsWith('::highlight(dossier-official)');
  } catch {
    return false;
  }
}

/** Removes Dossier's colour sheet from the page, if it has one. */
export function removeHighlightColours(doc: Document = document): void {
  const kept = doc.adoptedStyleSheets.filter((sheet) => !isOurs(sheet));
  if (kept.length !== doc.adoptedStyleSheets.length) doc.adoptedStyleSheets = kept;
}

/**
 * Applies the reader's highlight colours at once; with the default colours, or on a site where
 * Dossier is switched off, it adds nothing (and takes back a sheet added before).
 */
export function applyHighlightColours(settings: Settings, doc: Document = document): void {
  try {
    // The default colours are those of highlights.css: no sheet, and no work before the first paint.
    const isDefault =
      settings.officialColour === DEFAULT_SETTINGS.officialColour &&
      settings.claimColour === DEFAULT_SETTINGS.claimColour;
    if (isDefault || !isSiteEnabled(settings, doc.location?.hostname ?? '')) {
      removeHighlightColours(doc);
      return;
    }
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(highlightColourCss(settings));
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets.filter((old) => !isOurs(old)), sheet];
  } catch {
    // A page that broke adoptedStyleSheets keeps the default colours of highlights.css.
  }
}
