// Reads the role written next to a name: a title before it ("Russian Deputy Foreign Minister",
// "Deputy Minister, X", "Mr.") or a role in apposition after it ("X, a spokesman for the ministry,").
// Decides whether the role is a public office and which country it names. Owns no name finding.
import { COUNTRY_BY_WORD, COUNTRY_PAIRS } from '../lexicon/en/demonyms';
import { NAME_SUFFIXES } from '../lexicon/en/person-cues';
import {
  APPOSITION_OPENERS,
  CONDITIONAL_HEADS,
  HONORIFICS,
  NON_OFFICE_HEADS,
  OFFICE_HEADS,
  RANK_WORDS,
  RELATION_HEADS,
  TITLE_MODIFIERS,
} from '../lexicon/en/titles';
import { govAfterOf, govAround, isGov, religious } from './government-ties';
import { type HeadKind, headKindAt, titleWordAt } from './title-words';
import type { TokenList } from './token-list';

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
  /** The head is plural ("Sens.", "foreign ministers"): the role covers a list of names after it. */
  plural?: boolean;
  /** The only head says how the person is related to someone ("his wife"): no cue for a surname. */
  relation?: boolean;
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
const CAPITAL_OFFICES = new Set([
  'president',
  'vice-president',
  'secretary',
  'commissioner',
  'deputy',
  'representative',
  'representatives',
]);

/** "Del. Stacey Plaskett": the abbreviation of Delegate, a seat in a legislature (not the particle "del"). */
const DELEGATE = 'del';

/** Plural office heads, whose title covers every name of the list after it ("Sens. A and B"). */
const PLURAL_HEADS = new Set([
  'presidents',
  'secretaries',
  'ministers',
  'senators',
  'sens',
  'representatives',
  'reps',
  'congressmen',
  'congresswomen',
  'lawmakers',
  'legislators',
  'governors',
  'govs',
  'mayors',
  'judges',
  'justices',
  'ambassadors',
  'envoys',
  'mps',
]);

function countryOf(tokens: TokenList, from: number, to: number): string | undefined {
  for (let i = from; i <= to; i++) {
    if (!tokens.word(i)) continue;
    const w = tokens.lower(i);
    if (tokens.word(i + 1)) {
      const pair = COUNTRY_PAIRS.get(`${w} ${tokens.lower(i + 1)}`);
      if (pair) return pair;
    }
    const c = COUNTRY_BY_WORD.get(w);
    if (c && (tokens.cap(i) || w.includes('.'))) return c;
  }
  return undefined;
}

/** Words after which a head belongs to someone other than the person the role describes. */
const OWNER_LINKS = new Set(['of', 'for', 'to', 'with', 'in', 'at']);

/**
 * Head words that are no head where they stand: "faces a charge" (not "chargé d'affaires"), "a
 * motivational speaker" (not "House speaker" or "speaker of the assembly"), and a conditional head
 * that only modifies a role's head right after it ("chief strategist", "chief executive").
 */
function notAHeadHere(tokens: TokenList, i: number, to: number, w: string, kind: HeadKind): boolean {
  if (w === 'charge') return !/^d['’]/i.test(tokens.text(i + 1));
  if (w === 'speaker' && !tokens.cap(i))
    return !isGov(tokens, i - 1) && !(tokens.lower(i + 1) === 'of' && govAfterOf(tokens, i + 2));
  return kind === 'conditional' && i < to && headKindAt(tokens, i + 1) === 'role';
}

/** Office words that head no public office here: "White House bureau chief", "a Christian minister". */
function headOfNoOffice(tokens: TokenList, i: number, to: number, w: string): boolean {
  if (w === 'chief') return tokens.lower(i - 1) === 'bureau';
  return w === 'minister' && religious(tokens, i, to);
}

/** True when a conditional head at `h` is tied to a government word near it. */
type GovTest = (h: number) => boolean;

function judge(
  tokens: TokenList,
  text: string,
  from: number,
  to: number,
  govNear: GovTest,
  countHead: (i: number) => boolean = () => true,
  apposition = false,
): Role | undefined {
  const before = from - 1;
  const orgBefore =
    tokens.word(before) &&
    tokens.cap(before) &&
    !titleWordAt(tokens, before) &&
    !HONORIFICS.has(tokens.lower(before));
  let office = false;
  let conditional = false;
  let role = false;
  let relation = false;
  // In an apposition, after a role that is no office (yet), a head behind "of", "for"... is someone
  // else's ("son of a governor", "lawyer for the mayor", "aide to the senator") until "and" starts
  // another role of the same person. An office behind it may still tie the role to a government
  // ("spokesman for the president").
  let heldBySomeoneElse = false;
  for (let i = from; i <= to; i++) {
    if (!tokens.word(i)) continue;
    const w = tokens.lower(i);
    const cap = tokens.cap(i);
    if (w === 'and') heldBySomeoneElse = false;
    else if (apposition && (role || relation || conditional) && OWNER_LINKS.has(w)) heldBySomeoneElse = true;
    if (!cap && CAPITAL_ONLY.has(w) && !GENERAL_BEFORE.has(tokens.lower(i - 1))) continue;
    if (!countHead(i)) continue;
    const kind = headKindAt(tokens, i);
    // "the senator's campaign": a head with a possessive names the owner of what follows.
    if (
      kind !== undefined &&
      kind !== 'role' &&
      (heldBySomeoneElse || (apposition && tokens.poss(i) && i < to))
    )
      continue;
    if (notAHeadHere(tokens, i, to, w, kind)) continue;
    if (headOfNoOffice(tokens, i, to, w)) role = true;
    else if (kind === 'conditional' && cap && CAPITAL_OFFICES.has(w) && !orgBefore) office = true;
    else if (kind === 'office') office = true;
    else if (kind === 'conditional') {
      if (govNear(i) && !(w === 'officer' && tokens.lower(i - 1) === 'police')) office = true;
      else conditional = true;
    } else if (kind === 'role' && RELATION_HEADS.has(w)) relation = true;
    else if (kind === 'role') role = true;
  }
  if (!office && !conditional && !role && !relation) return undefined;
  if (!tokens.has(from) || !tokens.has(to)) return undefined;
  const country = countryOf(tokens, from, to);
  const end = tokens.dot(to) ? tokens.end(to) + 1 : tokens.end(to);
  return {
    text: text.slice(tokens.start(from), end).replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, ''),
    official: office,
    conditional: !office && conditional,
    size: to - from + 1,
    ...(country ? { country } : {}),
    ...(relation && !office && !conditional && !role ? { relation: true } : {}),
  };
}

/** The honorific right before token `at` ("Mr.", "Ms", "Dr."), if any. */
export function honorificBefore(tokens: TokenList, at: number): boolean {
  const t = at - 1;
  return tokens.word(t) && tokens.cap(t) && HONORIFICS.has(tokens.lower(t)) && !tokens.nl(at);
}

/**
 * Token `end` closes a capitalised title whose head stands a few words before it ("Assistant Foreign
 * Minister for Consular Affairs"): only capitalised title words and connectors lie in between.
 */
function capitalisedTitleEnd(tokens: TokenList, end: number): boolean {
  if (!tokens.cap(end) || !titleWordAt(tokens, end)) return false;
  for (let i = end - 1; i >= end - 5 && tokens.word(i); i--) {
    if (!tokens.cap(i) && !CONNECTORS.has(tokens.lower(i))) return false;
    const kind = tokens.cap(i) ? headKindAt(tokens, i) : undefined;
    if (kind === 'office' || kind === 'conditional') return !PLURAL_HEADS.has(tokens.lower(i));
    if (tokens.cap(i) && !titleWordAt(tokens, i)) return false;
  }
  return false;
}

/** The title written before the name starting at token `at`, if any. */
export function roleBefore(tokens: TokenList, text: string, at: number): Role | undefined {
  let k = at - 1;
  if (!tokens.has(at) || tokens.nl(at)) return undefined;
  if (!tokens.has(k)) return undefined;
  // "Prime Minister Sheikh Mohammed", "President Dr. X": the office stands before the honorific.
  if (tokens.word(k) && tokens.cap(k) && HONORIFICS.has(tokens.lower(k)) && !tokens.nl(k)) {
    k--;
    if (!tokens.has(k)) return undefined;
  }
  // "Deputy Minister, X": a title set off by a comma.
  const comma = tokens.isMark(k, 44);
  if (comma) {
    const prev = k - 1;
    if (!tokens.word(prev) || tokens.poss(prev)) return undefined;
    if (!headKindAt(tokens, prev) && !capitalisedTitleEnd(tokens, prev)) return undefined;
    k--;
  }
  if (tokens.punct(k) || tokens.poss(k)) return undefined;
  const w0 = tokens.lower(k);
  if (w0 === DELEGATE) {
    if (!tokens.cap(k) || !tokens.dot(k)) return undefined;
    return { text: 'Del.', official: true, conditional: false, size: 1 };
  }
  // "deputy assistant secretary of state X": a lower-case title may end in the office's "of" phrase.
  const ofOffice =
    !headKindAt(tokens, k) &&
    !tokens.cap(k) &&
    titleWordAt(tokens, k) &&
    !CONNECTORS.has(w0) &&
    (tokens.lower(k - 1) === 'of' || tokens.lower(k - 1) === 'for') &&
    !!headKindAt(tokens, k - 2);
  const headed =
    !!headKindAt(tokens, k) || RANK_WORDS.has(w0) || w0 === 'elect' || w0 === 'designate' || ofOffice;
  // "Secretary of State X": a capitalised title that ends in a modifier stays capitalised throughout.
  if (!headed && !(tokens.cap(k) && titleWordAt(tokens, k))) return undefined;
  const to = k;
  let from = k;
  let steps = 0;
  while (k - 1 >= 0 && steps < 12) {
    if (tokens.nl(k) || tokens.sentStart(k)) break;
    const prev = k - 1;
    if (tokens.punct(prev)) break;
    const w = tokens.lower(prev);
    const title = titleWordAt(tokens, prev);
    const pairFirst = k - 2;
    if (!title && tokens.word(pairFirst) && COUNTRY_PAIRS.has(`${tokens.lower(pairFirst)} ${w}`)) {
      // "New Zealand's Finance Minister": a two-word country opens the title.
      from = k - 2;
      break;
    }
    if (!title) break;
    // "Under Secretary" is a title; "the armed forces under President X" is not.
    if (w === 'under' && !tokens.lower(k).startsWith('secretary')) break;
    if (!headed && !tokens.cap(prev) && w !== 'of' && w !== 'for') break;
    if (w === 'of' || w === 'for') {
      const before = k - 2;
      if (!tokens.word(before) || (!tokens.cap(before) && !headKindAt(tokens, before))) break;
    }
    if (tokens.poss(prev) && !CONNECTORS.has(w) && !COUNTRY_BY_WORD.has(w) && !TITLE_MODIFIERS.has(w)) break;
    if (NON_OFFICE_HEADS.has(w) && !CONDITIONAL_HEADS.has(w) && w !== 'attorney') break;
    k--;
    steps++;
    if (!CONNECTORS.has(w)) from = k;
  }
  // "the president, the vice president, X": a title set off by a comma inside a list is an item of it.
  if (comma) {
    const opener = tokens.lower(from - 1) === 'the' ? from - 2 : from - 1;
    if (tokens.isMark(opener, 44)) return undefined;
  }
  // Trim connectors and possessive pronouns at the far end.
  while (from < to && CONNECTORS.has(tokens.lower(from))) from++;
  // "Deputy Defense Minister General Army X": the office is the title, the stacked rank is not.
  let end = to;
  while (end > from && RANK_WORDS.has(tokens.lower(end))) end--;
  const office = tokens.lower(end);
  const trimmed = end < to && OFFICE_HEADS.has(office) && !RANK_WORDS.has(office) ? end : to;
  // "Jordan's King Abdullah": a capitalised possessor before a monarch's title names the state.
  const owner = from - 1;
  const stateOwner =
    tokens.word(owner) &&
    tokens.cap(owner) &&
    tokens.poss(owner) &&
    !tokens.nl(owner) &&
    MONARCHS.has(tokens.lower(trimmed));
  // "NYPD Commissioner X": an agency's capitalised name right before the title's head ties it to government.
  const agency = from - 1;
  const agencyBefore = !comma && tokens.word(agency) && tokens.cap(agency) && isGov(tokens, agency);
  const role = judge(tokens, text, from, trimmed, (h) => {
    if (stateOwner || (agencyBefore && h === trimmed)) return true;
    for (let i = from; i <= to; i++) if (i !== h && isGov(tokens, i)) return true;
    return false;
  });
  if (!role) return undefined;
  if (role.official && PLURAL_HEADS.has(tokens.lower(trimmed))) role.plural = true;
  const before = from - 1;
  if (tokens.word(before) && tokens.poss(before) && !role.official) return { ...role, possessor: before };
  return role;
}

/** Token i is a name suffix ("Jr", "Sr"): a short capitalised word, looked up only then. */
function isSuffix(tokens: TokenList, i: number): boolean {
  return tokens.cap(i) && tokens.size(i) <= 3 && NAME_SUFFIXES.has(tokens.lower(i));
}

/** The role in apposition after a name whose last token is `last` ("X, the interior minister,"). */
export function roleAfter(tokens: TokenList, text: string, last: number): Role | undefined {
  if (!tokens.has(last) || tokens.poss(last)) return undefined;
  // "X Jr., a senior official" and "X, Jr., a senior official": the role follows the suffix.
  let comma = last + 1;
  if (tokens.isMark(comma, 44) && isSuffix(tokens, comma + 1)) comma += 2;
  else if (isSuffix(tokens, comma)) comma++;
  if (!tokens.isMark(comma, 44)) return undefined;
  let i = comma + 1;
  if (/^\d{1,3}$/.test(tokens.text(i)) && tokens.isMark(i + 1, 44)) i += 2;
  let start = -1;
  let head = -1;
  let end = -1;
  let capitals = 0;
  let plain = 0;
  for (let steps = 0; steps < 16; steps++, i++) {
    if (!tokens.has(i) || tokens.nl(i)) break;
    if (tokens.punct(i)) {
      if (tokens.isMark(i, 45) || tokens.isMark(i, 0x2019) || tokens.isMark(i, 39)) continue;
      break;
    }
    const w = tokens.lower(i);
    const cap = tokens.cap(i);
    if (head < 0) {
      if (
        start < 0 &&
        (APPOSITION_OPENERS.has(w) || w === 'is' || w === 'was' || w === 'has' || w === 'been')
      )
        continue;
      if (start < 0) {
        // "X, and the endorsed candidate": a list goes on, no apposition.
        if (w === 'and' || w === 'or') return undefined;
        start = i;
        // An apposition opens with an article, a title word or a name, not with a verb ("X, had breakfast").
        if (!cap && !tokens.poss(i) && !titleWordAt(tokens, i) && !headKindAt(tokens, i) && !/^\d/.test(w))
          return undefined;
      }
      if (headKindAt(tokens, i)) {
        // "X, top lawmakers said": a plural role is not one person's.
        if (PLURAL_HEADS.has(w)) return undefined;
        // "X, former Arkansas governor Mike Huckabee": a title right before another name is that name's.
        const nx = i + 1;
        if (tokens.word(nx) && tokens.cap(nx) && !titleWordAt(tokens, nx) && !isGov(tokens, nx))
          return undefined;
        head = i;
        end = i;
        continue;
      }
      if (!cap && !titleWordAt(tokens, i) && !tokens.poss(i) && ++plain > 3) return undefined;
      if (w === 'said' || w === 'says' || w === 'told') return undefined;
      if (cap && !titleWordAt(tokens, i)) {
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
  while (k + 1 <= end && tokens.cap(k + 1) && titleWordAt(tokens, k + 1)) k++;
  const after = k + 1;
  if (tokens.cap(k) && tokens.word(after) && tokens.cap(after) && k + 1 <= end + 1) return undefined;
  // Later heads count only in lower case: capitalised ones sit inside organisation names ("Center of Media Justice").
  return judge(
    tokens,
    text,
    start,
    end,
    (h) => govAround(tokens, start, h, end),
    (i) => i === head || !tokens.cap(i),
    true,
  );
}
