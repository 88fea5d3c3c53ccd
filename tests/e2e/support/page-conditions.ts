// Conditions E2E tests wait on, run inside a page (each is serialised into it, so it may use
// only the page's globals).

/** The page's text contains `text` (textContent: CSS text-transform does not change it). */
export const bodyHasText = (text: string): boolean => (document.body.textContent ?? '').includes(text);

/** At least one official is highlighted. */
export const officialsPainted = (): boolean => (CSS.highlights.get('dossier-official')?.size ?? 0) > 0;

/** Both kinds of highlight hold ranges. */
export const bothKindsPainted = (): boolean =>
  (CSS.highlights.get('dossier-official')?.size ?? 0) > 0 &&
  (CSS.highlights.get('dossier-claim')?.size ?? 0) > 0;

/** No Dossier highlight is registered at all. */
export const noneRegistered = (): boolean =>
  ![...CSS.highlights.keys()].some((name) => name.startsWith('dossier-'));

/** Highlight `name` holds a range over exactly `text` (a range across nodes read whole), still in the page. */
export const hasRangeText = ([name, text]: [string, string]): boolean =>
  [...(CSS.highlights.get(name) ?? [])].some((range) => {
    const live = document.createRange();
    const r = range as StaticRange;
    try {
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
    } catch {
      return false;
    }
    return r.startContainer.isConnected && live.toString() === text;
  });
