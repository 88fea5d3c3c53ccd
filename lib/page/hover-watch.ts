// Shows a highlight's card while the pointer rests on it: pointer moves are only noted, one check
// per frame-length interval finds the highlight under the pointer, a short dwell avoids flashing cards
// (and needless questions to the background), and a grace period lets the reader reach the card.
import { markAtPoint } from './hit-test';
import type { Mark } from './marks';
import type { CardPresenter } from './ui/card-presenter';
import type { OverlayHost } from './ui/overlay-host';

/** What the hover watch needs from its owner. */
export interface HoverWatchOptions {
  signal: AbortSignal;
  /** Marks touching a text node (from the page model), or nothing while there are none. */
  marksAt: (node: Node) => readonly Mark[];
  /** Rectangle to anchor a mark's card to. */
  anchorOf: (mark: Mark) => DOMRect | null;
  setTimer: (run: () => void, ms: number) => number;
  clearTimer: (id: number) => void;
}

/** Milliseconds between two looks at what is under the pointer. */
const CHECK_MS = 16;
/** Milliseconds the pointer rests on a highlight before its card shows. */
const DWELL_MS = 120;
/** Milliseconds the card stays after the pointer leaves, so that it can be reached. */
const GRACE_MS = 350;

/** A running hover watch. */
export interface HoverWatch {
  /** Looks again at what is under the pointer (after the highlights were rebuilt under it). */
  recheck(): void;
}

/** Starts watching the pointer; stops with the signal. */
export function watchHover(
  overlay: OverlayHost,
  presenter: CardPresenter,
  options: HoverWatchOptions,
): HoverWatch {
  let x = 0;
  let y = 0;
  let pointerSeen = false;
  let overCard = false;
  let framePending = false;
  let showTimer = 0;
  let hideTimer = 0;
  let pending: Mark | null = null;

  const cancel = (id: number): number => {
    if (id) options.clearTimer(id);
    return 0;
  };
  const scheduleCheck = (): void => {
    if (framePending) return;
    framePending = true;
    options.setTimer(check, CHECK_MS);
  };
  const check = (): void => {
    framePending = false;
    if (options.signal.aborted) return;
    const mark = overCard ? presenter.current : markAtPoint(x, y, options.marksAt);
    if (mark && mark === presenter.current) {
      hideTimer = cancel(hideTimer);
      showTimer = cancel(showTimer);
      pending = null;
      return;
    }
    if (mark && mark !== pending) {
      pending = mark;
      showTimer = cancel(showTimer);
      showTimer = options.setTimer(() => {
        showTimer = 0;
        const anchor = pending && options.anchorOf(pending);
        if (pending && anchor) presenter.show(pending, anchor, 'hover');
        pending = null;
        hideTimer = cancel(hideTimer);
      }, DWELL_MS);
    }
    if (!mark) {
      pending = null;
      showTimer = cancel(showTimer);
      // A card opened from the keyboard stays until Escape or the next move; only hover cards follow the pointer.
      if (presenter.origin === 'hover' && !hideTimer)
        hideTimer = options.setTimer(() => {
          hideTimer = 0;
          presenter.hide();
        }, GRACE_MS);
    }
  };
  document.addEventListener(
    'pointermove',
    (event) => {
      // Browsers repeat the last pointer position after scrolling: only real moves count.
      if (event.clientX === x && event.clientY === y) return;
      x = event.clientX;
      y = event.clientY;
      pointerSeen = true;
      overCard = overlay.owns(event.target as Node);
      scheduleCheck();
    },
    { passive: true, signal: options.signal },
  );
  const close = (): void => {
    showTimer = cancel(showTimer);
    pending = null;
    presenter.hide();
  };
  document.addEventListener('keydown', (event) => event.key === 'Escape' && close(), {
    signal: options.signal,
  });
  // Scrolling moves the text away from a hover card; cards opened from the keyboard stay.
  window.addEventListener('scroll', () => presenter.origin === 'hover' && !overCard && close(), {
    passive: true,
    signal: options.signal,
  });
  options.signal.addEventListener('abort', () => {
    cancel(showTimer);
    cancel(hideTimer);
  });
  return {
    recheck() {
      // Marks of the old highlights are gone: forget them, then find the new one under the pointer.
      pending = null;
      showTimer = cancel(showTimer);
      if (pointerSeen && !options.signal.aborted) scheduleCheck();
    },
  };
}
