// The analyser a content script gets, minus the browser: each request goes through the background's
// own handler as a copy, as a runtime message would carry it.
import { analyseForPage } from '../../../lib/background/page-analysis';
import type { Analyser } from '../../../lib/page/engine-client';

export const backgroundAnalyser: Analyser = async (text, options) =>
  analyseForPage(structuredClone({ text, options }));
