// Whether a role's office belongs to a government: government and country words near its head, and the
// things that make it no office though such words stand near (a party post, a campaign's "state
// director", an organisation that is no government, a minister of religion).
import { COUNTRY_BY_WORD } from '../lexicon/en/demonyms';
import { GOVERNMENT_WORDS, NON_GOVERNMENT_ORGS, PARTY_WORDS, RELIGIOUS_WORDS } from '../lexicon/en/titles';
import { headKindAt } from './title-words';
import type { TokenList } from './token-list';

/** Token i is a government word or a country. */
export function isGov(tokens: TokenList, i: number): boolean {
  if (!tokens.word(i)) return false;
  const w = tokens.lower(i);
  return GOVERNMENT_WORDS.has(w) || COUNTRY_BY_WORD.has(w);
}

/** A government word at token `i` or after an article there ("of [the] House"). */
export function govAfterOf(tokens: TokenList, i: number): boolean {
  return isGov(tokens, tokens.lower(i) === 'the' ? i + 1 : i);
}

/** A "minister" of religion: a religious word right before it or later in the role. */
export function religious(tokens: TokenList, i: number, to: number): boolean {
  if (RELIGIOUS_WORDS.has(tokens.lower(i - 1))) return true;
  for (let k = i + 1; k <= to; k++) if (RELIGIOUS_WORDS.has(tokens.lower(k))) return true;
  return false;
}

const SCOPE_SKIP = new Set(['of', 'for', 'at', 'on', 'to', 'with', 'in', 'the', 'a', 'an']);

/** Heads that a lower-case "state" before them makes a campaign's or a party's post, not an office. */
const CAMPAIGN_STATE_HEADS = new Set([
  'director',
  'chairman',
  'chairwoman',
  'chair',
  'delegate',
  'coordinator',
]);

/** Token `i` is a lower-case "state" right before a campaign's or party's head at `h`. */
function campaignState(tokens: TokenList, i: number, h: number): boolean {
  return tokens.lower(i) === 'state' && !tokens.cap(i) && CAMPAIGN_STATE_HEADS.has(tokens.lower(h));
}

/** "and" that starts another role of the same person: "and a professor", "and former governor". */
function anotherRole(tokens: TokenList, i: number): boolean {
  if (tokens.lower(i) !== 'and') return false;
  const next = tokens.lower(i + 1);
  return next === 'a' || next === 'an' || next === 'the' || next === 'former' || !!headKindAt(tokens, i + 1);
}

/**
 * Government words before the head (from `start`) or in the organisation right after it, unless the role
 * is a party post ("Democratic chair") or the organisation is not a government ("Cato Institute").
 */
export function govAround(tokens: TokenList, start: number, h: number, end: number): boolean {
  // The organisation of this head ends where "and" starts another role ("adviser to X and a professor at Y").
  for (let i = h + 1; i <= end && !anotherRole(tokens, i); i++)
    if (NON_GOVERNMENT_ORGS.has(tokens.lower(i))) return false;
  let gov = false;
  for (let i = start; i < h; i++) {
    // "Democratic chair", "state GOP chairman": a party post, unless a body of government follows the
    // party word ("Republican Senate majority leader").
    if (PARTY_WORDS.has(tokens.lower(i))) {
      gov = false;
      let body = false;
      for (let k = i + 1; k < h; k++) if (tokens.cap(k) && isGov(tokens, k)) body = true;
      if (!body) return false;
    }
    // Another head is no government word here ("president and chief executive of a trade group"), nor is
    // "state" in a campaign's or party's "state director" or "state chairman".
    else if (!headKindAt(tokens, i) && isGov(tokens, i) && !(i === h - 1 && campaignState(tokens, i, h)))
      gov = true;
  }
  if (gov) return true;
  let i = h + 1;
  while (i <= end) {
    if (isGov(tokens, i)) return !PARTY_WORDS.has(tokens.lower(i));
    if (tokens.punct(i) || SCOPE_SKIP.has(tokens.lower(i)) || (!tokens.cap(i) && tokens.poss(i))) i++;
    else break;
  }
  for (; i <= end; i++) {
    if (tokens.punct(i)) continue;
    if (isGov(tokens, i)) return true;
    if (!tokens.cap(i)) break;
  }
  return false;
}
