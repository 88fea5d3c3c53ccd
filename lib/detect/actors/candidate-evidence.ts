// Gathers the evidence that a name-shaped sequence is a person: roles, honorifics, given names,
// initials, speech verbs, ages, list and byline positions. Decides nothing about identity.

import { NAME_SUFFIXES } from '../lexicon/en/person-cues';
import type { Candidate, ScanContext } from './candidate';
import { partyTagAfter } from './party-tag';
import { honorificBefore, roleAfter, roleBefore } from './role-phrase';
import {
  GIVEN,
  isTokenAnyOf,
  NON_PERSON_HEAD,
  NON_PERSON_START,
  PARTICLE,
  PLACE,
  ROLE,
  SAY,
  STOP,
  tokenClass,
  wordClass,
} from './word-class';
import { isCloseQuote, isOpenQuote, matchWord } from './word-shapes';

/** Words before "by" in credit lines ("Reporting by X; Editing by Y"). */
const BYLINE_WORDS = new Set([
  'reporting',
  'editing',
  'writing',
  'written',
  'reported',
  'compiled',
  'photographs',
  'illustration',
  'produced',
]);

/** Endings of adverbs that open a sentence before a comma ("Additionally,", "Ironically,"), not of names. */
const ADVERB_END = /(?:ally|ively|ously|ntly|edly|ately|ingly|fully|ably|ibly)$/;

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'of', 'into', 'near', 'across', 'outside', 'inside']);

/** Builds the candidate for name tokens [first, last] with the evidence around it that it is a person. */
export function makeCandidate(
  ctx: ScanContext,
  first: number,
  last: number,
  prefixOk = true,
): Candidate | undefined {
  const { tokens, text } = ctx;
  const words: string[] = [];
  let initials = 0;
  // Words that are not particles, and whether the first word is a given name.
  let core = 0;
  let givenFirst = false;
  for (let i = first; i <= last; i++) {
    if (!tokens.has(i)) return undefined;
    if (tokens.initial(i)) {
      initials++;
      continue;
    }
    const w = matchWord(tokens, i);
    // The token's cached class serves when the word is just its lower-case form.
    const kind = w === tokens.lower(i) ? tokenClass(tokens, i) : wordClass(w);
    if (words.length === 0) givenFirst = (kind & GIVEN) !== 0;
    if ((kind & PARTICLE) === 0) core++;
    words.push(w);
  }
  if (words.length === 0) return undefined;
  // "Jr." cut off after a name is no name, and "Additionally, the president..." opens with an adverb.
  if (words.every((w) => NAME_SUFFIXES.has(w))) return undefined;
  if (
    first === last &&
    tokens.sentStart(first) &&
    tokens.isMark(last + 1, 44) &&
    ADVERB_END.test(words[0] ?? '')
  )
    return undefined;
  const titled = roleBefore(tokens, text, first);
  const apposed = titled?.official ? undefined : roleAfter(tokens, text, last);
  const written = apposed && (apposed.official || !titled) ? apposed : titled;
  const role = written?.official ? written : (partyTagAfter(tokens, text, last) ?? written);
  const honorific = honorificBefore(tokens, first);
  const next = last + 1;
  const prev = first - 1;
  // The token right after the name, unless the name ends in a possessive (-1: none).
  const after = tokens.poss(last) || !tokens.has(next) ? -1 : next;
  const prevWord = tokens.word(prev) ? tokens.lower(prev) : '';
  const sayAfter = tokens.word(after) && isTokenAnyOf(tokens, after, SAY);
  const sayBefore =
    (prevWord === 'said' || prevWord === 'says' || prevWord === 'asked' || prevWord === 'added') &&
    (!tokens.has(next) || tokens.punct(next));
  const age =
    tokens.isMark(after, 44) &&
    /^\d{1,3}$/.test(tokens.text(last + 2)) &&
    (tokens.isMark(last + 3, 44) || tokens.isMark(last + 3, 41));
  const paren =
    tokens.isMark(after, 40) &&
    tokens.cap(last + 2) &&
    (tokens.isMark(last + 3, 41) || tokens.isMark(last + 4, 41));
  const prevLower = tokens.lower(prev);
  const byline =
    prevLower === 'by' &&
    ((tokens.sentStart(prev) && tokens.cap(prev)) || BYLINE_WORDS.has(tokens.lower(first - 2)));
  const afterThe =
    prevLower === 'the' ||
    prevLower === 'a' ||
    prevLower === 'an' ||
    prevLower === 'at' ||
    prevLower === 'in';
  const given = givenFirst && words.length + initials >= 2 && !tokens.initial(first) && !afterThe;
  const initialCue =
    initials > 0 && words.length >= 1 && !tokens.initial(last) && words.length <= 3 && !afterThe;
  const placePrep = PLACE_PREPOSITIONS.has(prevWord);
  const multi = words.length + initials >= 2;
  const inHeadline = tokens.headline(first);
  const weak = sayAfter || sayBefore || age || paren;
  const quoted = isOpenQuote(tokens, prev) && isCloseQuote(tokens, next);
  // "2. Damon Hill": a numbered list item, not the start of a sentence.
  const number = first - 2;
  const listItem = tokens.isMark(prev, 46) && tokens.nl(number) && /^\d{1,3}$/.test(tokens.text(number));
  let unknownShape =
    prefixOk &&
    multi &&
    core <= 3 &&
    !inHeadline &&
    !afterThe &&
    !placePrep &&
    (!tokens.sentStart(first) || listItem) &&
    !quoted;
  if (unknownShape) {
    for (let i = first; i <= last; i++) {
      if (tokens.initial(i)) continue;
      const kind = tokenClass(tokens, i);
      if ((kind & PARTICLE) !== 0) continue;
      if (
        ctx.lowerWords.has(tokens.lower(i)) ||
        (kind & (PLACE | ROLE | NON_PERSON_START | NON_PERSON_HEAD | STOP)) !== 0 ||
        tokens.text(i).length < 2
      ) {
        unknownShape = false;
        break;
      }
    }
  }
  const shapeOnly = !role && !honorific && !byline && !initialCue && !given;
  const strong =
    !!role ||
    honorific ||
    byline ||
    initialCue ||
    given ||
    (multi && (sayAfter || sayBefore || age || paren)) ||
    unknownShape;
  return {
    first,
    last,
    words,
    role,
    known: undefined,
    knownForm: undefined,
    caps: false,
    headline: inHeadline,
    honorific,
    strong,
    weak,
    shapeOnly,
  };
}
