// The analysis engine as the background runs it for content scripts: checks a request from the
// engine port (a page may forge one), runs the engine and times it. The engine lives here, not in the page: it
// stays warm across tabs, its tables exist once, and its cold start never lands on a page's main thread.
import { analyze } from '../detect';
import type { AnalyzeOptions, KnownActor, Sensitivity } from '../detect/types';
import type { RemoteAnalysis } from '../messaging';
import { PayloadError, readList, readObject, readOptionalString, readString } from './payload-checks';

/** Most characters one request may carry: pages send pieces of tens of thousands. */
export const MAX_ANALYSIS_CHARACTERS = 2_000_000;
/** Most stored actors one request may carry: those the page names, never the whole database. */
const MAX_KNOWN_ACTORS = 5_000;
const NAME_LIMIT = 200;
const SENSITIVITIES: readonly Sensitivity[] = ['strict', 'balanced', 'broad'];

function readKnownActor(value: unknown): KnownActor {
  const fields = readObject(value, 'knownActor');
  const name = readString(fields.name, 'knownActor.name', NAME_LIMIT);
  if (typeof fields.isOfficial !== 'boolean')
    throw new PayloadError('knownActor.isOfficial must be true or false.');
  const aliases =
    fields.aliases === undefined
      ? []
      : readList(fields.aliases, 'knownActor.aliases', 50, (alias) =>
          readString(alias, 'knownActor.aliases[]', NAME_LIMIT),
        );
  const title = readOptionalString(fields.title, 'knownActor.title', NAME_LIMIT);
  const country = readOptionalString(fields.country, 'knownActor.country', 100);
  const organisation = readOptionalString(fields.organisation, 'knownActor.organisation', NAME_LIMIT);
  return {
    name,
    aliases,
    isOfficial: fields.isOfficial,
    ...(title ? { title } : {}),
    ...(country ? { country } : {}),
    ...(organisation ? { organisation } : {}),
  };
}

function readOptions(value: unknown): AnalyzeOptions {
  const fields = readObject(value ?? {}, 'options');
  const options: AnalyzeOptions = {};
  if (fields.sensitivity !== undefined) {
    if (!SENSITIVITIES.includes(fields.sensitivity as Sensitivity))
      throw new PayloadError('options.sensitivity must be strict, balanced or broad.');
    options.sensitivity = fields.sensitivity as Sensitivity;
  }
  if (fields.knownActors !== undefined)
    options.knownActors = readList(
      fields.knownActors,
      'options.knownActors',
      MAX_KNOWN_ACTORS,
      readKnownActor,
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
