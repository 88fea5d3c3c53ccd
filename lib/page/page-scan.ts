// One pass over the page: visible text -> analysis -> StaticRanges per highlight kind.
import { analyze } from '../detect';
import type { Analysis, AnalyzeOptions } from '../detect/types';
import { spanToStaticRange } from './static-ranges';
import { collectVisibleText, type PageText } from './visible-text';

/** The result of analysing the page once. */
export interface PageScan {
  pageText: PageText;
  analysis: Analysis;
  ranges: { official: StaticRange[]; claim: StaticRange[] };
}

function toRanges(pageText: PageText, spans: readonly { start: number; end: number }[]): StaticRange[] {
  const ranges: StaticRange[] = [];
  for (const span of spans) {
    const range = spanToStaticRange(pageText, span.start, span.end);
    if (range) ranges.push(range);
  }
  return ranges;
}

/** Reads, analyses and maps the text under `root`, leaving out Dossier's own UI in `skip`. */
export function scanPage(
  root: Element,
  options: AnalyzeOptions,
  skip: ReadonlySet<Element> = new Set(),
): PageScan {
  const pageText = collectVisibleText(root, skip);
  const analysis = analyze(pageText.text, options);
  return {
    pageText,
    analysis,
    ranges: { official: toRanges(pageText, analysis.officials), claim: toRanges(pageText, analysis.claims) },
  };
}
