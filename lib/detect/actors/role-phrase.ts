// Reads the role written next to a name: a title before it ("Russian Deputy Foreign Minister",
// "Deputy Minister, X", "Mr.") or a role in apposition after it ("X, a spokesman for the ministry,").
// Decides whether the role is a public office and which country it names. Owns no name finding.
import { COUNTRY_BY_WORD, COUNTRY_PAIRS } from '../lexicon/en/demonyms';
import {
  APPOSITION_OPENERS,
  CONDITIONAL_HEADS,
  GOVERNMENT_WORDS,
  HONORIFICS,
  NON_OFFICE_HEADS,
  OFFICE_HEADS,
  RANK_WORDS,
  TITLE_MODIFIERS,
} from '../lexicon/en/titles';
import type { Token } from './tokenize';
import { memoWord } from './word-memo';

/** A role found next to a name. */
export interface Role {
  /** The role as written ("Israeli Prime Minister"). */
  text: string;
  /** True when the role is a public office. */
  official: boolean;
  /** Country named in the role, in English. */
  country?: string;
  /** An office head that needs its holder to be tied to a government ("spokesman"). */
  conditional: boolean;
  /** Token index of a possessor just before the role ("Whitcomb's spokesman"). */
  possessor?: number;
  /** Number of words in the role, to prefer the most specific one. */
  size: number;
}

const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'to', 'on', 'at', 'in']);

/** Titles of monarchs, who are officials when they reign over a state. */
const MONARCHS = new Set(['king', 'queen', 'emir', 'sultan', 'emperor', 'empress', 'monarch']);

/** Heads that name an office only when capitalised ("Justice Kagan", not "social justice"). */
const CAPITAL_ONLY = new Set(['justice', 'general', 'king', 'queen', 'pope', 'emperor', 'marshal']);
/** Words that make a lower-case "general" an office ("attorney general", "surgeon general"). */
const GENERAL_BEFORE = new Set([
  'attorney',
  'surgeon',
  'inspector',
  'solicitor',
  'secretary',
  'governor',
  'consul',
]);

/** Conditional heads that are an office when written with a capital ("President Obama", "Deputy X"). */
const CAPITAL_OFFICES = new Set(['president', 'vice-president', 'secretary', 'commissioner', 'deputy']);

function bare(t: Token): string {
  return t.lower;
}

/** True when the word may stand in a written title. */
function isTitleWord(w: string): boolean {
  return (
    OFFICE_HEADS.has(w) ||
    CONDITIONAL_HEADS.has(w) ||
    NON_OFFICE_HEADS.has(w) ||
    TITLE_MODIFIERS.has(w) ||
    RANK_WORDS.has(w) ||
    COUNTRY_BY_WORD.has(w)
  );
}

/** True when the word is the head of a role ("minister", "analyst"), not a mere modifier. */
export function isHeadWord(w: string): boolean {
  return headKind(w) !== undefined;
}

type HeadKind = 'office' | 'conditional' | 'role' | undefined;

function isHead(w: string): boolean {
  return OFFICE_HEADS.has(w) || CONDITIONAL_HEADS.has(w) || NON_OFFICE_HEADS.has(w);
}

/** True when the word names an office head by itself or through its parts ("president-elect"). */
const headKind: (w: string) => HeadKind = memoWord(computeHeadKind);

function computeHeadKind(w: string): HeadKind {
  if (CONDITIONAL_HEADS.has(w)) return 'conditional';
  if (OFFICE_HEADS.has(w)) return 'office';
  if (NON_OFFICE_HEADS.has(w)) return 'role';
  if (w.includes('-')) {
    const parts = w.split('-');
    if (parts.some((p) => OFFICE_HEADS.has(p) && !CONDITIONAL_HEADS.has(p))) return 'office';
    if (parts.includes('president') || parts.includes('minister')) return 'office';
    if (parts.some((p) => NON_OFFICE_HEADS.has(p))) return 'role';
  }
  return undefined;
}

/** Word (hyphenated parts allowed) accepted inside a title. */
export const titleWord: (w: string) => boolean = memoWord(computeTitleWord);

function computeTitleWord(w: string): boolean {
  if (isTitleWord(w)) return true;
  if (w.includes('-')) return w.split('-').every((p) => isTitleWord(p) || p === 'elect');
  return false;
}

function countryOf(tokens: readonly Token[], from: number, to: number): string | undefined {
  for (let i = from; i <= to; i++) {
    const t = tokens[i];
    if (!t || t.punct) continue;
    const next = tokens[i + 1];
    if (next && !next.punct) {
      const pair = COUNTRY_PAIRS.get(`${t.lower} ${next.lower}`);
      if (pair) return pair;
    }
    const c = COUNTRY_BY_WORD.get(t.lower);
    if (c && (t.cap || t.lower.includes('.'))) return c;
  }
  return undefined;
}

function isGov(t: Token | undefined): boolean {
  return !!t && !t.punct && (GOVERNMENT_WORDS.has(t.lower) || COUNTRY_BY_WORD.has(t.lower));
}

/** True when a conditional head at `h` is tied to a government word near it. */
type GovTest = (h: number) => boolean;

function judge(
  tokens: readonly Token[],
  text: string,
  from: number,
  to: number,
  govNear: GovTest,
  countHead: (i: number) => boolean = () => true,
): Role | undefined {
  const before = tokens[from - 1];
  const orgBefore =
    !!before && !before.punct && before.cap && !titleWord(before.lower) && !HONORIFICS.has(before.lower);
  let office = false;
  let conditional = false;
  let role = false;
  for (let i = from; i <= to; i++) {
    const t = tokens[i];
    if (!t || t.punct) continue;
    const w = bare(t);
    if (!t.cap && CAPITAL_ONLY.has(w) && !GENERAL_BEFORE.has(tokens[i - 1]?.lower ?? '')) continue;
    if (!countHead(i)) continue;
    const kind = headKind(w);
    if (kind === 'conditional' && t.cap && CAPITAL_OFFICES.has(w) && !orgBefore) office = true;
    else if (kind === 'office') office = true;
    else if (kind === 'conditional') {
      if (govNear(i) && !(w === 'officer' && tokens[i - 1]?.lower === 'police')) office = true;
      else conditional = true;
    } else if (kind === 'role') role = true;
  }
  if (!office && !conditional && !role) return undefined;
  const first = tokens[from];
  const last = tokens[to];
  if (!first || !last) return undefined;
  const country = countryOf(tokens, from, to);
  const end = last.dot ? last.end + 1 : last.end;
  return {
    text: text.slice(first.start, end).replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, ''),
    official: office,
    conditional: !office && conditional,
    size: to - from + 1,
    ...(country ? { country } : {}),
  };
}

/** The honorific right before token `at` ("Mr.", "Ms", "Dr."), if any. */
export function honorificBefore(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at - 1];
  return !!t && !t.punct && t.cap && HONORIFICS.has(t.lower) && !tokens[at]?.nl;
}

/** The title written before the name starting at token `at`, if any. */
export function roleBefore(tokens: readonly Token[], text: string, at: number): Role | undefined {
  let k = at - 1;
  const nameTok = tokens[at];
  if (!nameTok || nameTok.nl) return undefined;
  let t = tokens[k];
  if (!t) return undefined;
  // "Prime Minister Sheikh Mohammed", "President Dr. X": the office stands before the honorific.
  if (!t.punct && t.cap && HONORIFICS.has(t.lower) && !t.nl) {
    k--;
    t = tokens[k];
    if (!t) return undefined;
  }
  if (t.punct && t.text === ',') {
    const prev = tokens[k - 1];
    if (!prev || prev.punct || !headKind(bare(prev)) || prev.poss) return undefined;
    k--;
    t = prev;
  }
  if (t.punct || t.poss) return undefined;
  const w0 = bare(t);
  const headed = !!headKind(w0) || RANK_WORDS.has(w0) || w0 === 'elect' || w0 === 'designate';
  // "Secretary of State X": a capitalised title that ends in a modifier stays capitalised throughout.
  if (!headed && !(t.cap && titleWord(w0))) return undefined;
  const to = k;
  let from = k;
  let steps = 0;
  while (k - 1 >= 0 && steps < 12) {
    const cur = tokens[k];
    if (!cur || cur.nl || cur.sentStart) break;
    const prev = tokens[k - 1];
    if (!prev || prev.punct) break;
    const w = bare(prev);
    const pairFirst = tokens[k - 2];
    if (!titleWord(w) && pairFirst && !pairFirst.punct && COUNTRY_PAIRS.has(`${pairFirst.lower} ${w}`)) {
      // "New Zealand's Finance Minister": a two-word country opens the title.
      from = k - 2;
      break;
    }
    if (!titleWord(w)) break;
    if (!headed && !prev.cap && w !== 'of' && w !== 'for') break;
    if (w === 'of' || w === 'for') {
      const before = tokens[k - 2];
      if (!before || before.punct || (!before.cap && !headKind(before.lower))) break;
    }
    if (prev.poss && !CONNECTORS.has(w) && !COUNTRY_BY_WORD.has(w) && !TITLE_MODIFIERS.has(w)) break;
    if (NON_OFFICE_HEADS.has(w) && !CONDITIONAL_HEADS.has(w) && w !== 'attorney') break;
    k--;
    steps++;
    if (!CONNECTORS.has(w)) from = k;
  }
  // Trim connectors and possessive pronouns at the far end.
  while (from < to && CONNECTORS.has(bare(tokens[from] as Token))) from++;
  // "Deputy Defense Minister General Army X": the office is the title, the stacked rank is not.
  let end = to;
  while (end > from && RANK_WORDS.has(bare(tokens[end] as Token))) end--;
  const office = bare(tokens[end] as Token);
  const trimmed = end < to && OFFICE_HEADS.has(office) && !RANK_WORDS.has(office) ? end : to;
  // "Jordan's King Abdullah": a capitalised possessor before a monarch's title names the state.
  const owner = tokens[from - 1];
  const stateOwner =
    !!owner &&
    !owner.punct &&
    owner.cap &&
    owner.poss &&
    !owner.nl &&
    MONARCHS.has(bare(tokens[trimmed] as Token));
  const role = judge(tokens, text, from, trimmed, (h) => {
    if (stateOwner) return true;
    for (let i = from; i <= to; i++) if (i !== h && isGov(tokens[i])) return true;
    return false;
  });
  if (!role) return undefined;
  const before = tokens[from - 1];
  if (before && !before.punct && before.poss && !role.official) return { ...role, possessor: from - 1 };
  return role;
}

/** The role in apposition after a name whose last token is `last` ("X, the interior minister,"). */
export function roleAfter(tokens: readonly Token[], text: string, last: number): Role | undefined {
  const lastTok = tokens[last];
  if (!lastTok || lastTok.poss) return undefined;
  const comma = tokens[last + 1];
  if (!comma?.punct || comma.text !== ',') return undefined;
  let i = last + 2;
  const age = tokens[i];
  if (age && /^\d{1,3}$/.test(age.text) && tokens[i + 1]?.text === ',') i += 2;
  let start = -1;
  let head = -1;
  let end = -1;
  let capitals = 0;
  let plain = 0;
  for (let steps = 0; steps < 16; steps++, i++) {
    const t = tokens[i];
    if (!t || t.nl) break;
    if (t.punct) {
      if (t.text === '-' || t.text === '’' || t.text === "'") continue;
      break;
    }
    const w = bare(t);
    if (head < 0) {
      if (
        start < 0 &&
        (APPOSITION_OPENERS.has(w) || w === 'is' || w === 'was' || w === 'has' || w === 'been')
      )
        continue;
      if (start < 0) {
        start = i;
        // An apposition opens with an article, a title word or a name, not with a verb ("X, had breakfast").
        if (!t.cap && !t.poss && !titleWord(w) && !headKind(w) && !/^\d/.test(w)) return undefined;
      }
      if (headKind(w)) {
        const nx = tokens[i + 1];
        if (t.cap && nx && !nx.punct && nx.cap && !titleWord(nx.lower)) return undefined;
        head = i;
        end = i;
        continue;
      }
      if (!t.cap && !titleWord(w) && !t.poss && ++plain > 3) return undefined;
      if (w === 'said' || w === 'says' || w === 'told') return undefined;
      if (t.cap && !titleWord(w)) {
        capitals++;
        if (capitals > 3) return undefined;
      } else if (w === 'and' && capitals > 0) return undefined;
      continue;
    }
    if (w === 'said' || w === 'says' || w === 'told' || w === 'who' || w === 'which') break;
    end = i;
  }
  if (head < 0 || start < 0) return undefined;
  // A capitalised title right before another name belongs to that name ("X, Chief Justice Roberts").
  let k = head;
  while (k + 1 <= end && (tokens[k + 1] as Token).cap && titleWord((tokens[k + 1] as Token).lower)) k++;
  const after = tokens[k + 1];
  if ((tokens[k] as Token).cap && after && !after.punct && after.cap && k + 1 <= end + 1) return undefined;
  // Later heads count only in lower case: capitalised ones sit inside organisation names ("Center of Media Justice").
  return judge(
    tokens,
    text,
    start,
    end,
    (h) => govAround(tokens, start, h, end),
    (i) => i === head || !(tokens[i] as Token).cap,
  );
}

const SCOPE_SKIP = new Set(['of', 'for', 'at', 'on', 'to', 'with', 'in', 'the', 'a', 'an']);

/** Government words before the head (from `start`) or in the organisation right after it. */
function govAround(tokens: readonly Token[], start: number, h: number, end: number): boolean {
  for (let i = start; i < h; i++) if (isGov(tokens[i])) return true;
  let i = h + 1;
  while (i <= end) {
    const t = tokens[i] as Token;
    if (isGov(t)) return true;
    if (t.punct || SCOPE_SKIP.has(t.lower) || (!t.cap && t.poss)) i++;
    else break;
  }
  for (; i <= end; i++) {
    const t = tokens[i] as Token;
    if (t.punct) continue;
    if (isGov(t)) return true;
    if (!t.cap) break;
  }
  return false;
}

/** True when the word is a title word that may stand before a name. */
export function isRoleWord(w: string): boolean {
  return titleWord(w) || isHead(w) || HONORIFICS.has(w);
}
