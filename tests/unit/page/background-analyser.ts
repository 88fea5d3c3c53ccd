// The analyser a content script gets, minus the browser: requests go over a port the background's
// own code serves, as copies, in later tasks, as the browser carries them.
import type { Analyser } from '../../../lib/page/engine-client';
import { servedEngine } from '../background/linked-ports';

const { engine } = servedEngine();

export const backgroundAnalyser: Analyser = (text, options) => engine.analyse(text, options);
