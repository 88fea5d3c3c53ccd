// Combines analyses of separate stretches of page text (slices of a long page, paragraphs added
// later) into one, and turns the actors found so far into context for the next stretch, so that a
// later "Putin" still resolves to "Vladimir Putin": the stretch is analysed after a short preamble
// naming those actors with their roles, whose own mentions are then dropped. Pure: no DOM.
import type { Actor, Analysis } from '../detect/types';

/** `analysis` with every span moved `offset` characters later. */
export function shiftAnalysis(analysis: Analysis, offset: number): Analysis {
  if (offset === 0) return analysis;
  const move = <T extends { start: number; end: number }>(span: T): T => ({
    ...span,
    start: span.start + offset,
    end: span.end + offset,
  });
  return {
    actors: analysis.actors,
    people: analysis.people.map(move),
    officials: analysis.officials.map(move),
    claims: analysis.claims.map((claim) => ({ ...move(claim), cues: claim.cues.map(move) })),
  };
}

/** Actors of several analyses, one per key: mentions added up, spellings and details united. */
export function mergeActors(lists: readonly (readonly Actor[])[]): Actor[] {
  const byKey = new Map<string, Actor>();
  for (const list of lists) {
    for (const actor of list) {
      const seen = byKey.get(actor.key);
      if (!seen) {
        byKey.set(actor.key, { ...actor, aliases: [...actor.aliases] });
        continue;
      }
      seen.mentionCount += actor.mentionCount;
      seen.isOfficial ||= actor.isOfficial;
      for (const alias of [actor.name, ...actor.aliases])
        if (alias !== seen.name && !seen.aliases.includes(alias)) seen.aliases.push(alias);
      seen.title ??= actor.title;
      seen.country ??= actor.country;
      seen.organisation ??= actor.organisation;
    }
  }
  return [...byKey.values()];
}

/** Analyses of consecutive stretches of one text (already shifted to its offsets) as one analysis. */
export function concatAnalyses(parts: readonly Analysis[]): Analysis {
  if (parts.length === 1) return parts[0]!;
  return {
    actors: mergeActors(parts.map((part) => part.actors)),
    people: parts.flatMap((part) => part.people),
    officials: parts.flatMap((part) => part.officials),
    claims: parts.flatMap((part) => part.claims),
  };
}

/** Most actors named in a preamble: the most mentioned first. */
const PREAMBLE_ACTORS = 60;

/** The last word of a name ("Putin" of "Vladimir Putin"): what a later mention is likely to use. */
function surnameOf(name: string): string {
  const words = name.trim().split(/\s+/);
  return words[words.length - 1] ?? name;
}

/**
 * A preamble naming those of `actors` that `text` may mention again (their surname or a spelling
 * appears in it) with their roles, one short paragraph each, ending in a block break.
 */
export function actorPreamble(actors: readonly Actor[], text: string): string {
  const relevant = actors.filter((actor) =>
    [actor.name, ...actor.aliases].some((form) => form.length > 1 && text.includes(surnameOf(form))),
  );
  if (relevant.length === 0) return '';
  const chosen = relevant.sort((a, b) => b.mentionCount - a.mentionCount).slice(0, PREAMBLE_ACTORS);
  return chosen.map((actor) => `${actor.title ? `${actor.title} ` : ''}${actor.name}.\n\n`).join('');
}

/** `analysis` of preamble + text, as an analysis of the text alone (the preamble's mentions dropped). */
export function withoutPreamble(analysis: Analysis, preambleLength: number): Analysis {
  if (preambleLength === 0) return analysis;
  const kept = <T extends { start: number }>(span: T): boolean => span.start >= preambleLength;
  const shifted = shiftAnalysis(
    {
      actors: analysis.actors,
      people: analysis.people.filter(kept),
      officials: analysis.officials.filter(kept),
      claims: analysis.claims.filter(kept),
    },
    -preambleLength,
  );
  const mentions = new Map<string, number>();
  for (const person of shifted.people)
    mentions.set(person.actorKey, (mentions.get(person.actorKey) ?? 0) + 1);
  const actors = analysis.actors
    .filter((actor) => mentions.has(actor.key))
    .map((actor) => ({ ...actor, mentionCount: mentions.get(actor.key)! }));
  return { ...shifted, actors };
}
