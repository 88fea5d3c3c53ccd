// Finds people and officials in plain text: tokenises, collects name candidates, links them to actors
// (the reader's known actors and the bundled starter set), and returns name spans without titles.
import type { Actor, AnalyzeOptions, KnownActor, OfficialMention, PersonMention } from '../types';
import type { ScanContext } from './candidate';
import { finishActors } from './finish-actors';
import { markHeadlines } from './headline';
import { type KnownIndex, knownIndexFor } from './known-index';
import { wordsAlsoLowerCase } from './lower-words';
import { findCandidates } from './name-candidates';
import { nameKey } from './normalize';
import { resolve } from './resolve';
import { STARTER_ACTORS } from './starter-actors';
import { tokenize } from './tokenize';

/** People, officials and the actors behind them, as found in one text. */
export interface ActorFindings {
  actors: Actor[];
  people: PersonMention[];
  officials: OfficialMention[];
}

/** Options of the people finder beyond the shared analysis options. */
export interface FindActorsOptions extends AnalyzeOptions {
  /** Leave out the bundled starter set of well-known officials (default: use it). */
  noStarterActors?: boolean;
}

const EMPTY: readonly KnownActor[] = [];

/**
 * Finds every mention of a named person in `text` and marks the officials among them.
 * Spans are UTF-16 offsets, end exclusive, and cover the name only ("President [Bill Clinton]").
 * Never throws: odd input gives empty or partial findings.
 */
export function findActors(text: string, options: FindActorsOptions = {}): ActorFindings {
  try {
    return findActorsUnsafe(typeof text === 'string' ? text : '', options);
  } catch {
    return { actors: [], people: [], officials: [] };
  }
}

function findActorsUnsafe(text: string, options: FindActorsOptions): ActorFindings {
  if (text.length === 0) return { actors: [], people: [], officials: [] };
  const tokens = tokenize(text);
  markHeadlines(tokens);
  // Capitalised words that the text also writes in lower case are ordinary words ("Speaking", "Such").
  const lowerWords = wordsAlsoLowerCase(tokens);
  const indexes: KnownIndex[] = [];
  const user = options.knownActors ?? EMPTY;
  if (user.length > 0) indexes.push(knownIndexFor(user));
  if (!options.noStarterActors) indexes.push(knownIndexFor(STARTER_ACTORS));
  const ctx: ScanContext = { text, tokens, lowerWords, indexes };
  const candidates = findCandidates(ctx);
  const { linked, drafts } = resolve(text, tokens, candidates, indexes);
  const notOfficial = new Set((options.notOfficials ?? []).map(nameKey));
  const actorOf = finishActors(drafts, linked, tokens, notOfficial);

  const people: PersonMention[] = [];
  const officials: OfficialMention[] = [];
  let lastEnd = -1;
  for (const l of linked) {
    if (l.start < lastEnd) continue;
    const actor = actorOf.get(l.actor);
    if (!actor) continue;
    lastEnd = l.end;
    people.push({ start: l.start, end: l.end, actorKey: actor.key });
    if (actor.isOfficial) {
      const mention: OfficialMention = { start: l.start, end: l.end, actorKey: actor.key, name: actor.name };
      if (actor.title) mention.title = actor.title;
      officials.push(mention);
    }
  }
  const actors = [...actorOf.values()].filter((a) => a.mentionCount > 0);
  return { actors, people, officials };
}
