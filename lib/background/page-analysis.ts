// The analysis engine as the background runs it for content scripts: checks a request from the
// engine port (a page may forge one), runs the engine and times it. The engine lives here, not in the
// page: it stays warm across tabs, its tables exist once, and its cold start never lands on a page.
import { analyze } from '../detect';
import type { AnalyzeOptions, Sensitivity } from '../detect/types';
import type { RemoteAnalysis } from '../messaging';
import { SENSITIVITIES } from '../settings/settings';
import { PayloadError, readKnownActor, readList, readObject, readString } from './payload-checks';

/** Most characters one request may carry: pages send pieces of tens of thousands. */
export const MAX_ANALYSIS_CHARACTERS = 2_000_000;
/** Most stored actors one request may carry: those the page names, never the whole database. */
const MAX_KNOWN_ACTORS = 5_000;
const NAME_LIMIT = 200;

function readOptions(value: unknown): AnalyzeOptions {
  const fields = readObject(value ?? {}, 'options');
  const options: AnalyzeOptions = {};
  if (fields.sensitivity !== undefined) {
    if (!SENSITIVITIES.includes(fields.sensitivity as Sensitivity))
      throw new PayloadError('options.sensitivity must be strict, balanced or broad.');
    options.sensitivity = fields.sensitivity as Sensitivity;
  }
  if (fields.knownActors !== undefined)
    options.knownActors = readList(fields.knownActors, 'options.knownActors', MAX_KNOWN_ACTORS, (actor) =>
      readKnownActor(actor),
    );
  if (fields.notOfficials !== undefined)
    options.notOfficials = readList(fields.notOfficials, 'options.notOfficials', MAX_KNOWN_ACTORS, (name) =>
      readString(name, 'options.notOfficials[]', NAME_LIMIT),
    );
  return options;
}

/** Checks an engine request (`{ text, options }`) and analyses its text; a bad one is a PayloadError. */
export function analyseForPage(payload: unknown): RemoteAnalysis {
  const fields = readObject(payload, 'payload');
  const text = readString(fields.text, 'text', MAX_ANALYSIS_CHARACTERS);
  const options = readOptions(fields.options);
  const start = performance.now();
  const analysis = analyze(text, options);
  return { analysis, engineMs: performance.now() - start };
}
