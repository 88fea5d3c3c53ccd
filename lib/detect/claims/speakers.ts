// Decides whether a sentence is attributed on the record to a named speaker ("Lee said",
// ", said Tomas Lindqvist", "the ministry said", "according to the Tax Policy Center"). A hedge in
// such a sentence is the speaker's, not the article's.
import { isCap, isQuoted, isWord, type Tokens } from '../text/words';
import type { CompiledClaimLexicon } from './claim-lexicons';
import type { OutletMention } from './outlets';

const PRONOUNS = new Set(['he', 'she', 'i', 'we']);
const AUX = new Set([
  'has',
  'had',
  'have',
  'also',
  'later',
  'then',
  'again',
  'previously',
  'earlier',
  'further',
  'once',
  'recently',
  'repeatedly',
  'will',
  'would',
  'often',
  'publicly',
  'privately',
  'flatly',
  'simply',
  'yesterday',
  'today',
]);
const CALENDAR = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december'
  ).split(' '),
);

/** "I" or "we" as a subject (not the Roman numeral in "Jan I of ..."). */
function isFirstPerson(t: Tokens, j: number): boolean {
  const norm = t.norm[j];
  if (norm === "i'm" || norm === "we're" || norm === "i've" || norm === "we've") return true;
  if (norm !== 'i' && norm !== 'we') return false;
  if (norm === 'i' && isCap(t, j - 1)) return false;
  return isWord(t, j + 1) && !isCap(t, j + 1);
}

/** True when token i names a speaker on the record: a capitalised name, "he"/"she", or "the ministry". */
function isNamedSubject(
  text: string,
  t: Tokens,
  i: number,
  from: number,
  lex: CompiledClaimLexicon,
  inOutlet: Uint8Array,
): boolean {
  if (i < from || !isWord(t, i)) return false;
  const norm = t.norm[i] ?? '';
  if (PRONOUNS.has(norm)) return true;
  if (lex.vagueSources.has(norm) || CALENDAR.has(norm) || inOutlet[i] === 1) return false;
  if (isCap(t, i)) return norm !== 'the' && norm !== 'it' && norm !== 'they';
  if (i <= from) return false;
  const before = t.norm[i - 1];
  if (lex.bodies.has(norm)) return before === 'the' || before === "'s" || isCap(t, i - 1);
  // "the businessman said": a definite singular description points back to a named person.
  return before === 'the' && text.charCodeAt((t.end[i] ?? 1) - 1) !== 115; // not a plural in -s
}

const PARTICIPLES = new Set(
  (
    'saying noting suggesting adding arguing claiming warning insisting telling writing explaining stating ' +
    'acknowledging predicting contending asserting speculating'
  ).split(' '),
);
const APPOSITION_END = new Set([',', ')', '—', '–']);
const APPOSITION_START = new Set([',', '(', '—', '–']);
/** Words that open a sentence without being its subject ("But", "In", "The"). */
const LEAD_SKIP = new Set(
  'but and so yet still also then meanwhile however in on at for after before when while the a an this that'.split(
    ' ',
  ),
);

/** The token before the apposition that ends at token k (a comma, bracket or dash), or -1. */
function beforeApposition(t: Tokens, k: number, from: number): number {
  for (let i = k - 1, n = 0; i >= from && n < 25; i--, n++) {
    if (APPOSITION_START.has(t.norm[i] ?? '')) return i - 1;
  }
  return -1;
}

/** True when the first words of the sentence (before token `until`) name a person or body. */
function hasNamedLead(
  text: string,
  t: Tokens,
  from: number,
  until: number,
  lex: CompiledClaimLexicon,
  inOutlet: Uint8Array,
): boolean {
  for (let i = from, n = 0; i < until && n < 4; i++, n++) {
    const norm = t.norm[i] ?? '';
    if (!isWord(t, i) || LEAD_SKIP.has(norm)) continue;
    return isNamedSubject(text, t, i, from, lex, inOutlet);
  }
  return false;
}

/** Every word this module compares tokens with (the tokenizer only spells out words it is given). */
export const SPEAKER_WORDS: readonly string[] = [
  ...PARTICIPLES,
  ...LEAD_SKIP,
  ...PRONOUNS,
  ...AUX,
  ...CALENDAR,
  'according',
  'to',
  'the',
  'it',
  'they',
  "i'm",
  "we're",
  "i've",
  "we've",
];

/** True when tokens [from, to) attribute the sentence to a named person or body (or a first-person speaker), outside quotes. */
export function hasNamedSpeaker(
  text: string,
  t: Tokens,
  lex: CompiledClaimLexicon,
  outlets: readonly OutletMention[],
  from = 0,
  to = t.length,
): boolean {
  const inOutlet = new Uint8Array(outlets.length > 0 ? t.length : 0);
  for (const o of outlets) inOutlet.fill(1, o.start, o.end);
  for (let j = from; j < to; j++) {
    if (!isWord(t, j) || isQuoted(t, j)) continue;
    const verb = t.norm[j] ?? '';
    // A sentence in the first person is someone speaking (a quote without quotation marks, a speech).
    if (isFirstPerson(t, j)) return true;
    if (!lex.speechVerbs.has(verb) || (isCap(t, j) && verb !== 'according')) continue;
    if (verb === 'according') {
      if (t.norm[j + 1] !== 'to') continue;
      let k = j + 2;
      if (t.norm[k] === 'the') k++;
      if (k < to && isNamedSubject(text, t, k, from, lex, inOutlet)) return true;
      continue;
    }
    // A participle ("..., saying", "by suggesting") speaks for the sentence's own subject.
    if (PARTICIPLES.has(verb) && hasNamedLead(text, t, from, j, lex, inOutlet)) return true;
    // Subject before the verb: "Lee said", "the ministry has said", "Mr. McHugh said".
    let k = j - 1;
    for (let n = 0; n < 2 && k >= from && AUX.has(t.norm[k] ?? ''); n++) k--;
    // Skip an apposition: "Tomas Lindqvist, a researcher at the institute, said".
    if (k >= from && APPOSITION_END.has(t.norm[k] ?? '')) k = beforeApposition(t, k, from);
    if (isNamedSubject(text, t, k, from, lex, inOutlet)) return true;
    // Inverted attribution after a comma or quote: ", said Tomas Lindqvist", ", said the ministry".
    const before = t.norm[j - 1];
    if (j - 1 >= from && (before === ',' || before === '"')) {
      let a = j + 1;
      if (t.norm[a] === 'the') a++;
      if (a < to && isNamedSubject(text, t, a, from, lex, inOutlet)) return true;
    }
  }
  return false;
}
