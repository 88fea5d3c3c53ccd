// Keeps Dossier's work on the page in short slices: a frame-sized budget, a way to yield to the page
// between slices, and User Timing entries named `dossier:*` (visible to the page, which may read
// them: they hold durations only, never text) so that benchmarks can see what each slice cost.

/** Longest stretch of Dossier work between two yields, in milliseconds. */
export const SLICE_BUDGET_MS = 12;

interface PostTaskScheduler {
  yield?: () => Promise<void>;
}

/** Lets the page run (input, rendering, its own scripts) before Dossier continues. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: PostTaskScheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resume) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resume();
    };
    channel.port2.postMessage(null);
  });
}

/** Counts and labels attached to a measure: durations and counts only, never page text. */
type Detail = Record<string, number | string>;

/** Adds a `dossier:<name>` measure; timing is never worth an error, so failures are ignored. */
function measure(
  name: string,
  timing: { start: number; end?: number; duration?: number },
  detail?: Detail,
): void {
  try {
    performance.measure(`dossier:${name}`, { ...timing, ...(detail ? { detail } : {}) });
  } catch {
    // User Timing can be unavailable or restricted.
  }
}

/** Records a finished stretch of work as a `dossier:<name>` measure starting at `start`. */
export function recordSpan(name: string, start: number, detail?: Detail): void {
  measure(name, { start, end: performance.now() }, detail);
}

/** Records work of `duration` ms done elsewhere (the background's engine) as a `dossier:<name>` measure. */
export function recordDuration(name: string, start: number, duration: number, detail?: Detail): void {
  measure(name, { start, duration: Math.max(0, duration) }, detail);
}

/** Records an instant as a `dossier:<name>` mark. */
export function recordMark(name: string): void {
  try {
    performance.mark(`dossier:${name}`);
  } catch {
    // See measure.
  }
}
