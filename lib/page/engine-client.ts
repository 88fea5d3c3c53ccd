// Asks the analysis engine, which runs in the background, for the analysis of page text: with the
// actors found earlier on the page as context (a preamble naming them), so that a later surname-only
// mention still resolves. Records each round trip as `dossier:analysis` and the engine's own part
// of it as `dossier:engine`. No DOM reading, no painting, no extension API (the caller passes one in).
import type { Actor, Analysis, AnalyzeOptions } from '../detect/types';
import type { RemoteAnalysis } from '../messaging';
import { type Mark, marksOf } from './marks';
import { actorPreamble, withoutPreamble } from './merge-analysis';
import { recordDuration, recordSpan } from './page-clock';
import type { PageText } from './visible-text';

/** Where analyses come from: the background's engine in the content script, the engine itself in tests. */
export type Analyser = (text: string, options: AnalyzeOptions) => Promise<RemoteAnalysis>;

/** Page text with its analysis and highlight marks. */
export interface Segment {
  pageText: PageText;
  analysis: Analysis;
  marks: Mark[];
}

/**
 * Analyses `text` after a preamble naming the page's `actors`, so that their surnames resolve. The
 * request is sent before this returns; the promise settles with the background's answer.
 */
export async function analyseInContext(
  analyse: Analyser,
  text: string,
  options: AnalyzeOptions,
  actors: readonly Actor[],
): Promise<Analysis> {
  const preamble = actorPreamble(actors, text);
  const characters = preamble.length + text.length;
  const start = performance.now();
  const { analysis, engineMs } = await analyse(preamble + text, options);
  recordSpan('analysis', start, { characters });
  recordDuration('engine', start, engineMs, { characters });
  return withoutPreamble(analysis, preamble.length);
}

/** Analyses `pageText` in one go, with the page's `actors` as context. For small texts (added posts). */
export async function analyseSegment(
  analyse: Analyser,
  pageText: PageText,
  options: AnalyzeOptions,
  actors: readonly Actor[] = [],
): Promise<Segment> {
  const analysis = await analyseInContext(analyse, pageText.text, options, actors);
  return { pageText, analysis, marks: marksOf(pageText, analysis) };
}
