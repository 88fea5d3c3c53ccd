// Runs the analysis engine on page text: timed as `dossier:engine`, warmed up once per page in two
// tasks of their own, and with the actors found earlier on the page as context (a preamble naming
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

/**
 * Takes the engine through the rest of its one-time set-up, which it does on first need: a titled
 * official, a spelling-variant look-up, and a claim cue with its attribution (a cue at every
 * sensitivity, so that the reader's own is set up).
 */
export const FULL_WARM_UP_TEXT =
  'Officials said Deputy Foreign Minister Anna Lindqvist reportedly met the envoy, according to two people familiar with the talks.';

let warm = false;
let fullyWarm = false;

/** True once the engine's first one-time set-up has run in this page. */
export function engineIsWarm(): boolean {
  return warm;
}

/** True once the engine has also been through {@link FULL_WARM_UP_TEXT}. */
export function engineIsFullyWarm(): boolean {
  return fullyWarm;
}

/** Runs `text` through the engine as a warm-up task of its own, outside any real piece's slice. */
function timedWarmUp(text: string, options: AnalyzeOptions): void {
  const start = performance.now();
  analyze(text, options);
  recordSpan('engine-warm-up', start);
  recordSpan('task', start, { label: 'warm-up' });
}

/**
 * The least set-up the first piece needs, by running the engine once on a word: the first
 * highlights should not wait for parts of the engine that piece may not use.
 */
export function warmUpEngine(options: AnalyzeOptions = {}): void {
  if (warm) return;
  warm = true;
  timedWarmUp('Warm.', { sensitivity: options.sensitivity });
}

/**
 * The rest of the engine's one-time set-up, in a task of its own once the first piece is done, so
 * that it never lands inside a later piece sized from the engine's warm speed.
 */
export function finishWarmUp(options: AnalyzeOptions): void {
  if (fullyWarm) return;
  warm = true;
  fullyWarm = true;
  timedWarmUp(FULL_WARM_UP_TEXT, { sensitivity: options.sensitivity });
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
