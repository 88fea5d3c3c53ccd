// Finds name-shaped word sequences (capitalised words, initials, particles), strips titles and ordinary
// words off them, and hands each name to the evidence gatherer. Decides nothing about identity.
import { COUNTRY_PAIRS } from '../lexicon/en/demonyms';
import type { Candidate, ScanContext } from './candidate';
import { makeCandidate } from './candidate-evidence';
import { findKnown } from './known-match';
import { promoteListNeighbours, sharePluralTitles } from './list-neighbours';
import { foldWord } from './normalize';
import { ALL_CAPS, CAP, HYPHEN, PUNCT, type TokenList } from './token-list';
import {
  COUNTRY,
  GIVEN,
  HEAD,
  HONORIFIC,
  isTokenAnyOf,
  NON_PERSON_START,
  ORDINARY,
  PARTICLE,
  PLACE,
  ROLE,
  STOP,
  SUFFIX,
  tokenClass,
} from './word-class';
import {
  endsNot,
  isCompoundAdjectiveAt,
  isNameWord,
  isNonPersonHead,
  isOrgTail,
  isParticle,
  isParticleCompound,
} from './word-shapes';

/** Given names that also join the parts of a name ("Murhaf Abu Qasra", "Khaled Abdel Aziz"). */
const NAME_LINKS = new Set([
  'abu',
  'abd',
  'abdul',
  'abdel',
  'abdallah',
  'abdullah',
  'ben',
  'bin',
  'ibn',
  'al',
  'el',
]);

/** First words of the two-word country names ("south" of "south korea"): other words skip the pair look-up. */
const PAIR_HEADS = new Set([...COUNTRY_PAIRS.keys()].map((pair) => pair.slice(0, pair.indexOf(' '))));

/**
 * Whether token `p` of the run [from, to], of word class `kind`, is a given name that is also an
 * ordinary word, with a title right before it and more of the run after it.
 */
function givenNameAfterTitle(tokens: TokenList, p: number, from: number, to: number, kind: number): boolean {
  return (
    (kind & GIVEN) !== 0 &&
    (kind & (ROLE | HONORIFIC)) === 0 &&
    p > from &&
    p < to &&
    isTokenAnyOf(tokens, p - 1, ROLE | HEAD | HONORIFIC)
  );
}

/**
 * Splits one run of name-shaped tokens [from, to] into candidates. `mayHoldKnown` is false for a part of
 * a run already searched for known names without a match (a known name inside it would have matched).
 */
function candidatesInRun(
  ctx: ScanContext,
  from: number,
  to: number,
  out: Candidate[],
  mayHoldKnown = true,
): void {
  const { tokens } = ctx;
  const known = mayHoldKnown ? findKnown(ctx, from, to) : undefined;
  if (known) {
    if (known.start > from) candidatesInRun(ctx, from, known.start - 1, out, false);
    if (!isOrgTail(tokens, known.end + 1) || tokens.poss(known.end)) {
      const c = makeCandidate(ctx, known.start, known.end);
      if (c) {
        c.known = known.entry;
        c.knownForm = known.form;
        c.strong = true;
        out.push(c);
      }
    }
    if (known.end < to) candidatesInRun(ctx, known.end + 1, to, out);
    return;
  }
  let p = from;
  // Titles, honorifics and ordinary words before the name.
  while (p <= to) {
    const kind = tokenClass(tokens, p);
    if ((kind & (ORDINARY | ROLE | HONORIFIC)) !== 0 || isCompoundAdjectiveAt(tokens, p)) {
      // A given name that is also an ordinary word ("Per", "Said", "June") starts the name when a
      // title comes right before it and more of the name after it ("Minister Per Holm").
      if (givenNameAfterTitle(tokens, p, from, to, kind)) break;
      p++;
      continue;
    }
    if (tokens.sentStart(p) && ctx.lowerWords.has(tokens.lower(p)) && (kind & (GIVEN | PARTICLE)) === 0) {
      p++;
      continue;
    }
    break;
  }
  if (p > to) return;
  const pairHead = tokens.lower(p);
  if (
    p + 1 <= to &&
    tokens.has(p + 1) &&
    PAIR_HEADS.has(pairHead) &&
    COUNTRY_PAIRS.has(`${pairHead} ${tokens.lower(p + 1)}`)
  ) {
    if (p + 2 <= to) candidatesInRun(ctx, p + 2, to, out, false);
    return;
  }
  let q = p;
  while (q + 1 <= to) {
    const kind = tokenClass(tokens, q + 1);
    if ((kind & (STOP | PARTICLE)) === STOP || (kind & SUFFIX) !== 0) break;
    q++;
  }
  // A title inside the sequence ("Boxing Association President Ramon Manzanares"): the name follows it.
  for (let r = q - 1; r >= p; r--) {
    if (isTokenAnyOf(tokens, r, HEAD | HONORIFIC)) {
      p = r + 1;
      break;
    }
  }
  // "Reliever Mark Acre", "Oriole Jamie Moyer": a descriptor before a given name is not part of the name.
  if (q - p >= 2 && !isTokenAnyOf(tokens, p, GIVEN) && !tokens.initial(p)) {
    for (let r = p + 1; r < q; r++) {
      if (isTokenAnyOf(tokens, r, GIVEN) && !NAME_LINKS.has(tokens.lower(r))) {
        p = r;
        break;
      }
    }
  }
  // Trailing particles, initials and hyphenated adjectives never end a name.
  const fullEnd = q;
  while (q > p && endsNot(tokens, q)) q--;
  // "Robert C. "Bobby" Scott": a given name cut off before its initial is not a name of its own.
  if (q === p && fullEnd > q && tokens.initial(fullEnd)) {
    if (fullEnd < to) candidatesInRun(ctx, fullEnd + 1, to, out, false);
    return;
  }
  if (isNonPersonHead(tokens, q) || (isOrgTail(tokens, q + 1) && !tokens.poss(q))) {
    if (q < to) candidatesInRun(ctx, q + 1, to, out, false);
    return;
  }
  let words = 0;
  let allPlaces = true;
  for (let i = p; i <= q; i++) {
    if (tokens.initial(i)) continue;
    const kind = tokenClass(tokens, i);
    if ((kind & PARTICLE) !== 0) continue;
    words++;
    if ((kind & (PLACE | COUNTRY)) === 0) allPlaces = false;
  }
  if (!allPlaces && words > 0 && words <= 5) {
    let prefixOk = p === from;
    for (let i = from; i < p && !prefixOk; i++) {
      const kind = tokenClass(tokens, i);
      prefixOk = (kind & (HEAD | HONORIFIC | STOP | COUNTRY)) !== 0 && (kind & NON_PERSON_START) === 0;
    }
    const c = makeCandidate(ctx, p, q, prefixOk);
    if (c) out.push(c);
  }
  if (q < to) candidatesInRun(ctx, q + 1, to, out, false);
}

/** All name-shaped candidates of the text, in order, not overlapping. */
export function findCandidates(ctx: ScanContext): Candidate[] {
  const { tokens } = ctx;
  const out: Candidate[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    const shape = tokens.shape(i);
    if (
      (shape & ALL_CAPS) !== 0 &&
      tokens.text(i).length >= 3 &&
      !isTokenAnyOf(tokens, i, ORDINARY | PLACE)
    ) {
      out.push({
        first: i,
        last: i,
        words: [foldWord(tokens.text(i))],
        role: undefined,
        known: undefined,
        knownForm: undefined,
        honorific: false,
        strong: false,
        weak: false,
        shapeOnly: true,
        caps: true,
        headline: tokens.headline(i),
      });
      i++;
      continue;
    }
    // Most tokens are punctuation or plain lower-case words, which neither test below accepts.
    if (
      (shape & PUNCT) !== 0 ||
      (shape & (CAP | HYPHEN)) === 0 ||
      !(isNameWord(tokens, i) || isParticleCompound(tokens, i))
    ) {
      i++;
      continue;
    }
    let j = i;
    const before = i - 1;
    // A particle opens the name ("de Gaulle"), but not an abbreviation ("Del. Stacey Plaskett").
    const start = !tokens.nl(i) && isParticle(tokens, before) && !tokens.dot(before) ? before : i;
    while (j + 1 < n && j - i < 24) {
      if (tokens.poss(j) || (tokens.dot(j) && !isTokenAnyOf(tokens, j, HONORIFIC | ROLE))) break;
      const nx = j + 1;
      if (tokens.nl(nx)) break;
      if (isNameWord(tokens, nx) || isParticleCompound(tokens, nx)) {
        j++;
        continue;
      }
      if (isParticle(tokens, nx)) {
        const nn = j + 2;
        if (tokens.has(nn) && !tokens.nl(nn) && isNameWord(tokens, nn)) {
          j += 2;
          continue;
        }
        if (isParticle(tokens, nn) && isNameWord(tokens, nn + 1)) {
          j += 3;
          continue;
        }
      }
      break;
    }
    candidatesInRun(ctx, start, j, out);
    i = j + 1;
  }
  promoteListNeighbours(ctx, out);
  sharePluralTitles(ctx, out);
  return out;
}
