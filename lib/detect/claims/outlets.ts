// Finds news outlets named in a sentence and whether the sentence relays their reporting
// ("..., The Korea Times reported", "according to the Al Arabiya channel"). "X told the BBC" is not
// relaying: the claim is X's own.
import { isCap, isWord, type Tokens } from '../text/words';
import type { CompiledClaimLexicon } from './claim-lexicons';

/** A capitalised run of words that names a news outlet: tokens [start, end). */
export interface OutletMention {
  start: number;
  end: number;
  /** The outlet's name as written, without a lower-case "the". */
  name: string;
}

/** An outlet whose reporting the sentence relays, with the cue tokens [cueStart, cueEnd). */
export interface RelayedOutlet extends OutletMention {
  cueStart: number;
  cueEnd: number;
}

const CONNECTORS = new Set(['of', 'al', 'el', 'de', 'la', 'le', 'der', 'die', '&']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'one']);
const SKIPPABLE = new Set(['has', 'had', 'have', 'also', 'first', 'earlier', 'later', 'previously', 'on']);

/** Every word this module compares tokens with, besides the lexicon's outlet lists. */
export const OUTLET_WORDS: readonly string[] = [
  ...CONNECTORS,
  ...DETERMINERS,
  ...SKIPPABLE,
  'that',
  'citing',
  'quoting',
  'according',
];

/** Every outlet named in tokens [from, to). */
export function findOutlets(
  text: string,
  t: Tokens,
  lex: CompiledClaimLexicon,
  from = 0,
  to = t.length,
): OutletMention[] {
  const out: OutletMention[] = [];
  let i = from;
  while (i < to) {
    if (!isWord(t, i) || !isCap(t, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && isWord(t, j) && (isCap(t, j) || (CONNECTORS.has(t.norm[j] ?? '') && isCap(t, j + 1))))
      j++;
    let named = false;
    for (let k = i; k < j; k++) if (lex.outletNames.has(t.norm[k] ?? '')) named = true;
    const last = t.norm[j - 1] ?? '';
    const next = j < to && isWord(t, j) ? (t.norm[j] ?? '') : '';
    const beforeLast = t.norm[j - 2] ?? '';
    // "International Atomic Energy Agency" is no outlet; "Yonhap News Agency" is.
    const outletWord = lex.outletWords.has(last) && (last !== 'agency' || lex.outletWords.has(beforeLast));
    const content = !DETERMINERS.has(t.norm[i] ?? '') || j - i > 1;
    if (content && (named || (j - i > 1 && outletWord) || lex.outletNouns.has(next))) {
      const first = i === from && j - i > 1 && t.norm[i] === 'according' ? i + 1 : i;
      out.push({ start: first, end: j, name: text.slice(t.start[first] ?? 0, t.end[j - 1] ?? 0) });
    }
    i = j;
  }
  return out;
}

function leadBefore(t: Tokens, pos: number, from: number, lex: CompiledClaimLexicon): number {
  let k = pos;
  if (k > from && t.norm[k - 1] === 'the') k--;
  for (const lead of lex.outletLeads) {
    const s = k - lead.length;
    if (s < from) continue;
    let ok = true;
    for (let q = 0; q < lead.length && ok; q++) ok = t.norm[s + q] === lead[q];
    if (ok) return s;
  }
  return -1;
}

/** Those of `outlets` (found in tokens [from, to)) whose reporting the sentence relays. */
export function findRelayedOutlets(
  outlets: readonly OutletMention[],
  t: Tokens,
  lex: CompiledClaimLexicon,
  from = 0,
  to = t.length,
): RelayedOutlet[] {
  const relayed: RelayedOutlet[] = [];
  for (const o of outlets) {
    let k = o.end;
    if (k < to && lex.outletNouns.has(t.norm[k] ?? '')) k++;
    if (k < to && t.norm[k] === 'that') k++;
    for (let n = 0; n < 2 && k < to && SKIPPABLE.has(t.norm[k] ?? ''); n++) k++;
    if (k < to && isWord(t, k) && lex.outletVerbs.has(t.norm[k] ?? '')) {
      relayed.push({ ...o, cueStart: o.start, cueEnd: k + 1 });
      continue;
    }
    if (k + 1 < to && t.norm[k] === ',' && (t.norm[k + 1] === 'citing' || t.norm[k + 1] === 'quoting')) {
      relayed.push({ ...o, cueStart: o.start, cueEnd: k + 2 });
      continue;
    }
    const lead = leadBefore(t, o.start, from, lex);
    const nounEnd = o.end < to && lex.outletNouns.has(t.norm[o.end] ?? '') ? o.end + 1 : o.end;
    if (lead >= 0) relayed.push({ ...o, cueStart: lead, cueEnd: nounEnd });
  }
  return relayed;
}
