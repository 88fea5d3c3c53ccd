// Gathers the evidence that a name-shaped sequence is a person: roles, honorifics, given names,
// initials, speech verbs, ages, list and byline positions. Decides nothing about identity.
import { GIVEN_NAMES } from '../lexicon/en/given-names';
import { NAME_PARTICLES, SAY_VERBS } from '../lexicon/en/person-cues';
import { NON_PERSON_HEADS, NON_PERSON_STARTS, PLACES, STOPWORDS } from '../lexicon/en/stopwords';
import type { Candidate, ScanContext } from './candidate';
import { honorificBefore, isRoleWord, roleAfter, roleBefore } from './role-phrase';
import type { Token } from './tokenize';
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
  for (let i = first; i <= last; i++) {
    const t = tokens[i];
    if (!t) return undefined;
    if (t.initial) initials++;
    else words.push(matchWord(t));
  }
  if (words.length === 0) return undefined;
  const titled = roleBefore(tokens, text, first);
  const apposed = titled?.official ? undefined : roleAfter(tokens, text, last);
  const role = apposed && (apposed.official || !titled) ? apposed : titled;
  const honorific = honorificBefore(tokens, first);
  const firstTok = tokens[first] as Token;
  const lastTok = tokens[last] as Token;
  const next = tokens[last + 1];
  const prev = tokens[first - 1];
  const after = lastTok.poss ? undefined : next;
  const sayAfter = !!after && !after.punct && SAY_VERBS.has(after.lower);
  const sayBefore =
    !!prev &&
    !prev.punct &&
    (prev.lower === 'said' || prev.lower === 'says' || prev.lower === 'asked' || prev.lower === 'added') &&
    (!next || next.punct);
  const age =
    !!after &&
    after.text === ',' &&
    /^\d{1,3}$/.test(tokens[last + 2]?.text ?? '') &&
    (tokens[last + 3]?.text === ',' || tokens[last + 3]?.text === ')');
  const paren =
    !!after &&
    after.text === '(' &&
    !!tokens[last + 2] &&
    (tokens[last + 2] as Token).cap &&
    (tokens[last + 3]?.text === ')' || tokens[last + 4]?.text === ')');
  const byline =
    !!prev &&
    prev.lower === 'by' &&
    ((prev.sentStart && prev.cap) || BYLINE_WORDS.has(tokens[first - 2]?.lower ?? ''));
  const afterThe =
    prev?.lower === 'the' ||
    prev?.lower === 'a' ||
    prev?.lower === 'an' ||
    prev?.lower === 'at' ||
    prev?.lower === 'in';
  const given =
    GIVEN_NAMES.has(words[0] ?? '') && words.length + initials >= 2 && !firstTok.initial && !afterThe;
  const initialCue = initials > 0 && words.length >= 1 && !lastTok.initial && words.length <= 3 && !afterThe;
  const placePrep = !!prev && !prev.punct && PLACE_PREPOSITIONS.has(prev.lower);
  const multi = words.length + initials >= 2;
  const inHeadline = ctx.headline[first] === 1;
  const weak = sayAfter || sayBefore || age || paren;
  let core = 0;
  for (const w of words) if (!NAME_PARTICLES.has(w)) core++;
  const quoted = isOpenQuote(prev) && isCloseQuote(tokens[last + 1]);
  // "2. Damon Hill": a numbered list item, not the start of a sentence.
  const number = tokens[first - 2];
  const listItem = prev?.text === '.' && !!number && number.nl && /^\d{1,3}$/.test(number.text);
  let unknownShape =
    prefixOk &&
    multi &&
    core <= 3 &&
    !inHeadline &&
    !afterThe &&
    !placePrep &&
    (!firstTok.sentStart || listItem) &&
    !quoted;
  if (unknownShape) {
    for (let i = first; i <= last; i++) {
      const t = tokens[i] as Token;
      if (t.initial) continue;
      const w = t.lower;
      if (NAME_PARTICLES.has(w)) continue;
      if (
        ctx.lowerWords.has(w) ||
        PLACES.has(w) ||
        isRoleWord(w) ||
        NON_PERSON_STARTS.has(w) ||
        NON_PERSON_HEADS.has(w) ||
        STOPWORDS.has(w) ||
        t.text.length < 2
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
