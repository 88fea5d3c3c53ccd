// Notices article text added after load (live blogs, late bodies). The observer callback only
// collects; the rescan is debounced so that a storm of changes becomes one rescan.

/** Calls `onAddedText` (debounced by `delayMs`) after nodes with text are added under `root`. */
export function watchAddedText(
  root: Node,
  onAddedText: () => void,
  options: { delayMs: number; signal: AbortSignal; setTimer: (run: () => void, ms: number) => unknown },
): void {
  let pending = false;
  const observer = new MutationObserver((records) => {
    if (pending) return;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if ((node.textContent ?? '').trim().length > 0) {
          pending = true;
          options.setTimer(() => {
            pending = false;
            onAddedText();
          }, options.delayMs);
          return;
        }
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  options.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
