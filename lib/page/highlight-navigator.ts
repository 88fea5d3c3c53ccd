// Moves the reader from highlight to highlight (keyboard) or to one claim (popup): scrolls it into
// view, pulses it, opens its card and tells screen readers what it is. Knows nothing of keys or
// messages; the content script decides what calls it.
import { paintFocus } from './highlight-registry';
import { measuringRange } from './hit-test';
import { CLAIM_KIND_LABELS, type Mark } from './marks';
import type { CardPresenter } from './ui/card-presenter';
import type { OverlayHost } from './ui/overlay-host';

/** What the navigator needs from its owner. */
export interface NavigatorOptions {
  /** The page's marks in document order (those the switches show). */
  marks: () => Mark[];
  /** The page's claim marks in the popup's order. */
  claimMarks: () => Mark[];
  setTimer: (run: () => void, ms: number) => number;
  clearTimer: (id: number) => void;
}

/** Milliseconds of the pulse (on, off, on...) and of the focus highlight afterwards. */
const PULSE_STEP_MS = 220;
const FOCUS_MS = 2_000;

function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** What screen readers hear for a mark. */
export function describeMark(mark: Mark, position: number, total: number): string {
  const where = `${position} of ${total}`;
  if (mark.kind === 'official') {
    const { name, title, country } = mark.official;
    return `Official, ${where}: ${[name, title, country].filter(Boolean).join(', ')}.`;
  }
  return `Unconfirmed claim, ${where}: ${CLAIM_KIND_LABELS[mark.claim.category]}. ${mark.claim.reason}`;
}

/** Keyboard and popup navigation between highlights. */
export class HighlightNavigator {
  private current: Mark | null = null;
  private timers: number[] = [];

  constructor(
    private readonly overlay: OverlayHost,
    private readonly presenter: CardPresenter,
    private readonly options: NavigatorOptions,
  ) {}

  /** Goes to the next (or previous) highlight after the current one or the viewport; false when none. */
  step(direction: 'next' | 'previous'): boolean {
    const marks = this.options.marks();
    if (marks.length === 0) {
      this.overlay.announce('No highlights on this page.');
      return false;
    }
    let index = this.current ? marks.indexOf(this.current) : -1;
    if (index < 0) index = this.nearViewport(marks, direction);
    else index = direction === 'next' ? index + 1 : index - 1;
    index = (index + marks.length) % marks.length;
    this.focus(marks[index]!, index + 1, marks.length);
    return true;
  }

  /** Goes to the page's claim number `index` (popup order); false when there is no such claim. */
  focusClaim(index: number): boolean {
    const claims = this.options.claimMarks();
    const mark = claims[index];
    if (!mark?.range.startContainer.isConnected) return false;
    this.focus(mark, index + 1, claims.length);
    return true;
  }

  /** Stops pulsing and forgets the position. */
  reset(): void {
    for (const id of this.timers) this.options.clearTimer(id);
    this.timers = [];
    this.current = null;
    paintFocus(null);
  }

  private nearViewport(marks: readonly Mark[], direction: 'next' | 'previous'): number {
    const tops = marks.map((mark) => measuringRange(mark)?.getBoundingClientRect().top ?? 0);
    if (direction === 'next') {
      const below = tops.findIndex((top) => top >= 0);
      return Math.max(below, 0);
    }
    for (let index = tops.length - 1; index >= 0; index -= 1) if (tops[index]! < 0) return index;
    return tops.length - 1;
  }

  private focus(mark: Mark, position: number, total: number): void {
    this.reset();
    this.current = mark;
    const reduced = prefersReducedMotion();
    const element = mark.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: reduced ? 'instant' : 'smooth' });
    this.overlay.announce(describeMark(mark, position, total));
    this.pulse(mark.range, reduced);
    this.presenter.hide();
    this.whenScrolled(() => {
      const rect = measuringRange(mark)?.getBoundingClientRect();
      if (rect && this.current === mark) this.presenter.show(mark, rect, 'focus');
    });
  }

  private pulse(range: AbstractRange, reduced: boolean): void {
    paintFocus(range);
    const steps = reduced ? 0 : 4;
    for (let step = 1; step <= steps; step += 1) {
      this.timers.push(
        this.options.setTimer(() => paintFocus(step % 2 ? null : range), step * PULSE_STEP_MS),
      );
    }
    this.timers.push(this.options.setTimer(() => paintFocus(null), FOCUS_MS));
  }

  /** Runs `then` once scrolling has settled (scrollend, or two frames when nothing scrolls). */
  private whenScrolled(then: () => void): void {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      window.removeEventListener('scrollend', finish);
      then();
    };
    window.addEventListener('scrollend', finish, { once: true });
    this.timers.push(this.options.setTimer(finish, 700));
    let lastScrollY = window.scrollY;
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (window.scrollY === lastScrollY) finish();
        lastScrollY = window.scrollY;
      }),
    );
  }
}
