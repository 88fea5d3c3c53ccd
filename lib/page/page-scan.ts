// Reads and analyses page text in slices: visible text -> analysis (in block-aligned pieces, each
// piece knowing the actors found before it) -> marks. Each task does one step (read, send a piece to
// the engine, ask for stored actors, turn an analysis into marks), yields to the page in between and
// is recorded as a `dossier:task` measure. A first scan analyses the top of the page as soon as it is
// read, so that highlights appear before the rest of a long page is read. No painting, no UI.
import type { Analysis, AnalyzeOptions } from '../detect/types';
import { type Analyser, analyseInContext, type Segment } from './engine-client';
import { type Mark, marksOf } from './marks';
import { concatAnalyses, shiftAnalysis } from './merge-analysis';
import { recordMark, recordSpan, SLICE_BUDGET_MS, yieldToPage } from './page-clock';
import {
  charactersToCut,
  FIRST_PIECE_CHARACTERS,
  nextPieceSize,
  PIECE_BUDGET_MS,
  pieceBounds,
} from './piece-plan';
import { createTextCollector, type PageText } from './visible-text';

export { type Analyser, analyseSegment, type Segment } from './engine-client';
export { PIECE_CHARACTERS } from './piece-plan';

/** Whether a sliced scan should stop (a newer scan started, or Dossier was switched off). */
export type Cancelled = () => boolean;

/**
 * Characters analysed while the rest of the page is still unread, when none of them is highlighted:
 * past this, the rest is read first and joined once, rather than once per piece.
 */
const STREAMING_CHARACTERS = 32_000;

/** How a scan gets its analysis options, and so when it can start analysing. */
export type ScanMode =
  /**
   * Analyse the top of the page while the rest is still unread (a first scan: paint soon), with
   * `options` for every piece. Once the page is read and the first highlights are painted,
   * `onTextRead` gets the whole text (to ask for the stored actors it names) before the remaining
   * pieces are analysed. A scan that paints nothing never calls it: its caller asks once the scan
   * has ended, so that a page without highlights is done as soon as possible.
   */
  | { kind: 'streaming'; options: AnalyzeOptions; onTextRead(text: string): void }
  /** Read everything, then analyse with the options that text calls for (a rescan). */
  | { kind: 'whole'; optionsFor(text: string): Promise<AnalyzeOptions> };

/**
 * Reads and analyses everything visible under `root`, in slices of about {@link SLICE_BUDGET_MS}
 * that yield to the page in between: the text is analysed by `analyse` in block-aligned pieces
 * sized from the measured speed of a round trip, each piece knowing the actors found before it. In
 * `streaming` mode the first pieces are cut as soon as their text is read (the page's text only ever
 * grows at its end, so the cuts are those of the whole text). `onPiece` receives each piece's marks
 * as soon as they exist. Null when cancelled; rejects when `analyse` does (the scan stops there).
 */
export async function scanSliced(
  root: Element,
  skip: ReadonlySet<Element>,
  mode: ScanMode,
  analyse: Analyser,
  cancelled: Cancelled,
  onPiece: (marks: Mark[]) => void = () => {},
): Promise<Segment | null> {
  const collector = createTextCollector(root, skip);
  let read = false;
  let options: AnalyzeOptions | null = mode.kind === 'streaming' ? mode.options : null;
  let textAnnounced = false;
  let painted = false;
  let firstTextMarked = false;
  const parts: Analysis[] = [];
  const marks: Mark[] = [];
  let start = 0;
  let charsPerMs = Number.NaN;

  /** The next piece, when enough text is read to cut it. */
  const nextPiece = (): { pageText: PageText; end: number; next: number } | null => {
    const pageText = collector.result();
    if (parts.length > 0 && start >= pageText.text.length) return null;
    const bounds = pieceBounds(pageText.text, start, nextPieceSize(charsPerMs), read);
    return bounds && { pageText, ...bounds };
  };

  for (let step = 0; ; step += 1) {
    if (step > 0) {
      await yieldToPage();
      if (cancelled()) return null;
    }
    const taskStart = performance.now();
    // Streaming, until something is painted: read only what the next piece needs, then analyse it.
    const hurry = options !== null && !painted && start < STREAMING_CHARACTERS;
    let piece = hurry || read ? nextPiece() : null;
    if (!read && (!hurry || piece === null)) {
      const size = nextPieceSize(charsPerMs);
      const stopAt = hurry
        ? Math.max(charactersToCut(start, size), collector.length + size)
        : Number.POSITIVE_INFINITY;
      read = collector.step(taskStart + SLICE_BUDGET_MS, stopAt);
      recordSpan('task', taskStart, { label: 'read' });
      // A piece this task has read goes at once: a yield first would let the page render before it.
      piece = hurry ? nextPiece() : null;
      if (piece === null) continue;
    }
    if (piece !== null && !firstTextMarked && mode.kind === 'streaming') {
      firstTextMarked = true;
      recordMark('first-text');
    }
    if (options === null) {
      options = mode.kind === 'whole' ? await mode.optionsFor(collector.result().text) : {};
      if (cancelled()) return null;
      continue;
    }
    if (mode.kind === 'streaming' && read && !textAnnounced && painted && piece !== null) {
      textAnnounced = true;
      mode.onTextRead(collector.result().text);
      recordSpan('task', taskStart, { label: 'look-up' });
      continue;
    }
    if (piece === null) break;
    const { pageText, end, next } = piece;
    const actors = parts.length > 0 ? concatAnalyses(parts).actors : [];
    const answer = analyseInContext(analyse, pageText.text.slice(start, end), options, actors);
    recordSpan('task', taskStart, { label: 'send', piece: parts.length + 1, characters: end - start });
    const analysis = shiftAnalysis(await answer, start);
    if (cancelled()) return null;
    // The first answer may come from an engine still setting up: only later pieces tell its speed.
    if (parts.length > 0 || end === pageText.text.length)
      charsPerMs = (end - start) / Math.max(0.5, performance.now() - taskStart);
    else charsPerMs = FIRST_PIECE_CHARACTERS / PIECE_BUDGET_MS;
    parts.push(analysis);
    const marksStart = performance.now();
    const pieceMarks = marksOf(pageText, analysis);
    // Phases of the first paint only (the page keeps every entry): see tests/bench/pages-bench.ts.
    if (mode.kind === 'streaming' && !painted) recordSpan('ranges', marksStart, { marks: pieceMarks.length });
    marks.push(...pieceMarks);
    onPiece(pieceMarks);
    painted ||= pieceMarks.length > 0;
    recordSpan('task', marksStart, { label: 'marks', piece: parts.length, characters: end - start });
    start = next;
    if (read && start >= pageText.text.length) break;
  }
  const pageText = collector.result();
  return { pageText, analysis: concatAnalyses(parts), marks };
}
