// In-page keys for moving between highlights: Alt+Shift+N and Alt+Shift+P, the same keys the
// extension's commands suggest. When the browser owns those keys as commands the page never sees
// them and the background routes the command here instead; when it does not, these keys still work.
// Keys typed into fields and editors are left alone.

/** Calls `onStep` for Alt+Shift+N (next) and Alt+Shift+P (previous). */
export function watchNavigationKeys(
  onStep: (direction: 'next' | 'previous') => void,
  signal: AbortSignal,
): void {
  document.addEventListener(
    'keydown',
    (event) => {
      if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
      const direction = event.code === 'KeyN' ? 'next' : event.code === 'KeyP' ? 'previous' : null;
      if (!direction || isTypingTarget(event.target)) return;
      event.preventDefault();
      onStep(direction);
    },
    { signal, capture: true },
  );
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null;
}
