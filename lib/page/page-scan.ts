// Reads and analyses page text in slices: visible text -> analysis (long text in block-aligned
// pieces, each piece knowing the actors found before it) -> marks. Yields to the page between
// slices and records each slice as a `dossier:task` measure. No painting, no UI.
import { analyze } from '../detect';
import type { Actor, Analysis, AnalyzeOptions } from '../detect/types';
import { type Mark, marksOf } from './marks';
import { actorPreamble, concatAnalyses, shiftAnalysis, withoutPreamble } from './merge-analysis';
import { recordSpan, SLICE_BUDGET_MS, yieldToPage } from './page-clock';
import { createTextCollector, type PageText } from './visible-text';

/** Characters analysed in one go: well under a slice for the engine, larger than most articles. */
export const PIECE_CHARACTERS = 40_000;

/** Page text with its analysis and highlight marks. */
export interface Segment {
  pageText: PageText;
  analysis: Analysis;
  marks: Mark[];
}

/** Runs the engine on a text, recording the time it took as `dossier:engine`. */
function timedAnalyze(text: string, options: AnalyzeOptions): Analysis {
  const start = performance.now();
  const analysis = analyze(text, options);
  recordSpan('engine', start, { characters: text.length });
  return analysis;
}

let warm = false;

/** Runs the engine once on a word, so that its one-time set-up is not part of a real piece's slice. */
export function warmUpEngine(): void {
  if (warm) return;
  warm = true;
  const start = performance.now();
  analyze('Warm.');
  recordSpan('engine-warm-up', start);
  recordSpan('task', start, { label: 'warm-up' });
}

/** Analyses `text` after a preamble naming the page's `actors`, so that their surnames resolve. */
function analyseInContext(text: string, options: AnalyzeOptions, actors: readonly Actor[]): Analysis {
  const preamble = actorPreamble(actors, text);
  return withoutPreamble(timedAnalyze(preamble + text, options), preamble.length);
}

/** Analyses `pageText` in one go, with the page's `actors` as context. For small texts (added posts). */
export function analyseSegment(
  pageText: PageText,
  options: AnalyzeOptions,
  actors: readonly Actor[] = [],
): Segment {
  const analysis = analyseInContext(pageText.text, options, actors);
  return { pageText, analysis, marks: marksOf(pageText, analysis) };
}

/** Whether a sliced scan should stop (a newer scan started, or Dossier was switched off). */
export type Cancelled = () => boolean;

/** Characters of the first piece: small, so that the top of the article is highlighted soon. */
export const FIRST_PIECE_CHARACTERS = 2_000;
/** Fewest characters per piece: each piece also re-reads the preamble naming the page's actors. */
const MIN_PIECE_CHARACTERS = 1_500;
/** Engine time aimed at per piece, leaving room in the slice for ranges and registering. */
const PIECE_BUDGET_MS = SLICE_BUDGET_MS * 0.6;

/** Size of the next piece from the engine's measured speed (characters per millisecond). */
function nextPieceSize(charsPerMs: number): number {
  if (!Number.isFinite(charsPerMs) || charsPerMs <= 0) return FIRST_PIECE_CHARACTERS;
  return Math.min(PIECE_CHARACTERS, Math.max(MIN_PIECE_CHARACTERS, Math.round(charsPerMs * PIECE_BUDGET_MS)));
}

/**
 * Where a piece starting at `start` of about `size` characters ends, and where the next one starts:
 * between blocks when there is a block break near, else after a sentence, else at a space.
 */
function pieceBounds(text: string, start: number, size: number): { end: number; next: number } {
  if (text.length - start <= size * 1.5) return { end: text.length, next: text.length };
  const from = start + size;
  const block = text.indexOf('\n\n', from);
  if (block >= 0 && block - start <= size * 2) return { end: block, next: block + 2 };
  const sentence = text.indexOf('. ', from);
  if (sentence >= 0 && sentence - start <= size * 2) return { end: sentence + 1, next: sentence + 2 };
  const space = text.indexOf(' ', from);
  return space < 0 ? { end: text.length, next: text.length } : { end: space, next: space + 1 };
}

/**
 * Reads and analyses everything visible under `root`, in slices of about {@link SLICE_BUDGET_MS}
 * that yield to the page in between: the text is analysed in block-aligned pieces sized from the
 * engine's measured speed, each piece knowing the actors found before it. `optionsFor` gives the
 * analysis options once the text is known (e.g. the reader's stored actors it may name). `onPiece` receives each
 * piece's marks as soon as they exist. Null when cancelled.
 */
export async function scanSliced(
  root: Element,
  skip: ReadonlySet<Element>,
  optionsFor: (text: string) => Promise<AnalyzeOptions>,
  cancelled: Cancelled,
  onPiece: (marks: Mark[]) => void = () => {},
): Promise<Segment | null> {
  const collector = createTextCollector(root, skip);
  for (;;) {
    const start = performance.now();
    const done = collector.step(start + SLICE_BUDGET_MS);
    recordSpan('task', start, { label: 'read' });
    if (done) break;
    await yieldToPage();
    if (cancelled()) return null;
  }
  const pageText = collector.result();
  const { text } = pageText;
  const pendingOptions = optionsFor(text);
  // The engine's one-time warm-up runs while the background looks up stored actors.
  warmUpEngine();
  const options = await pendingOptions;
  if (cancelled()) return null;
  const parts: Analysis[] = [];
  const marks: Mark[] = [];
  let charsPerMs = Number.NaN;
  for (let start = 0; start < text.length || parts.length === 0; ) {
    if (parts.length > 0) {
      await yieldToPage();
      if (cancelled()) return null;
    }
    const sliceStart = performance.now();
    const { end, next } = pieceBounds(text, start, nextPieceSize(charsPerMs));
    const actors = parts.length > 0 ? concatAnalyses(parts).actors : [];
    const analysis = shiftAnalysis(analyseInContext(text.slice(start, end), options, actors), start);
    // The first piece also pays for the engine's warm-up: only later pieces tell its speed.
    if (parts.length > 0 || end === text.length)
      charsPerMs = (end - start) / Math.max(0.5, performance.now() - sliceStart);
    else charsPerMs = FIRST_PIECE_CHARACTERS / PIECE_BUDGET_MS;
    parts.push(analysis);
    const pieceMarks = marksOf(pageText, analysis);
    marks.push(...pieceMarks);
    onPiece(pieceMarks);
    recordSpan('task', sliceStart, { label: 'analyse', piece: parts.length, characters: end - start });
    start = next;
  }
  return { pageText, analysis: concatAnalyses(parts), marks };
}
