// Public entry of the analysis engine: plain string in, spans out. Runs in Node (CLI) and in pages.
import { findActors } from './actors/find-actors';
import { findClaims } from './claims/find-claims';
import type { Analysis, AnalyzeOptions } from './types';

export type * from './types';

/** Finds people, officials and unconfirmed claims in `text`. Never throws on odd input. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const { actors, people, officials } = findActors(text, options);
  const claims = findClaims(text, options);
  return { actors, people, officials, claims };
}
