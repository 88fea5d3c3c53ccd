// Runs the analysis engine on page text: timed as `dossier:engine`, warmed up once per page in a
// task of its own, and with the actors found earlier on the page as context (a preamble naming
// them), so that a later surname-only mention still resolves. No DOM reading, no painting.
import { analyze } from '../detect';
import type { Actor, Analysis, AnalyzeOptions } from '../detect/types';
import { type Mark, marksOf } from './marks';
import { actorPreamble, withoutPreamble } from './merge-analysis';
import { recordSpan } from './page-clock';
import type { PageText } from './visible-text';

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

/** True once the engine's one-time set-up has run in this page. */
export function engineIsWarm(): boolean {
  return warm;
}

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
export function analyseInContext(text: string, options: AnalyzeOptions, actors: readonly Actor[]): Analysis {
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
