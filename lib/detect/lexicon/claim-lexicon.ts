// Shape of a per-language claim-cue lexicon. Data only; the matcher lives in lib/detect/claims.
//
// Pattern syntax (one cue per string, slots separated by spaces):
//   word         a lower-case word ("reportedly"); `a|b|c` is a choice of words
//   {group}      any word of a named group (see `groups`)
//   _            any lower-case word (never a capitalised one, never punctuation)
//   ^            any capitalised word
//   *            any word
//   , . "       a punctuation mark (as a word or in a choice)
//   ?slot        the slot may be skipped
import type { ClaimCategory } from '../types';

/** Cue patterns of one category, split by the lowest sensitivity that uses them. */
export interface ClaimCueLevels {
  /** Used at every sensitivity. */
  strict?: readonly string[];
  /** Used at balanced and broad. */
  balanced?: readonly string[];
  /** Used at broad only. */
  broad?: readonly string[];
}

/** Everything the claim finder needs to know about one language. */
export interface ClaimLexicon {
  /** Named word groups for `{group}` slots, each a space-separated list. */
  groups: Readonly<Record<string, string>>;
  /** Cue patterns per category. */
  cues: Readonly<Record<ClaimCategory, ClaimCueLevels>>;
  /** Patterns that cancel cues of the given category starting inside them ("could not" is no hedge). */
  blockers: Readonly<Partial<Record<ClaimCategory, readonly string[]>>>;
  /** Reporting verbs that mark an on-the-record attribution when a named speaker is their subject. */
  speechVerbs: string;
  /** Nouns for vague or unnamed sources ("officials", "analysts"): never a named speaker. */
  vagueSources: string;
  /** Singular nouns for a named body speaking on the record after "the" ("the ministry said"). */
  bodies: string;
  /** Lower-case names of news outlets that stand alone ("reuters", "cnn"). */
  outletNames: string;
  /** Capitalised words that make a name an outlet ("Times", "Post", "News"). */
  outletWords: string;
  /** Lower-case words that follow an outlet's name ("the Kommersant newspaper"). */
  outletNouns: string;
  /** Verbs by which an outlet relays a claim ("reported", "wrote"). */
  outletVerbs: string;
  /** Words before an outlet that make it the source ("according to", "a report in"). */
  outletLeads: readonly string[];
  /** Words starting a conditional clause ("if", "unless"). */
  conditionals: string;
  /** Words after a conditional that make a modal a legal exposure ("if convicted, he could face"). */
  legalExposure: string;
}
