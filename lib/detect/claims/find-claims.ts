// Flags unconfirmed claims in plain text, sentence by sentence: unnamed sources, relayed reports,
// claims the text calls unverified or denied, and speculation. Pure string code: no DOM, no I/O.
import { CharCursor } from '../text/char-cursor';
import { splitSentences } from '../text/sentences';
import { isCap, isQuoted, type Tokens, tokenize } from '../text/words';
import type { AnalyzeOptions, Claim, ClaimCategory, TextSpan } from '../types';
import { type CompiledClaimLexicon, type CueLevel, englishClaimLexicon } from './claim-lexicons';
import { CATEGORY_ORDER, claimReason } from './claim-reasons';
import { findOutlets, findRelayedOutlets } from './outlets';
import { matchPatterns } from './pattern-match';
import { hasNamedSpeaker } from './speakers';
import { hasTriggerWords } from './trigger-scan';

interface Hit {
  category: ClaimCategory;
  start: number;
  end: number;
}

const CLOSERS = '"\'”’»)]} ';
const TERMINALS = '.?!…:;';
const QUOTE_MARKS = '"“”«»';

function levelOf(options: AnalyzeOptions): CueLevel {
  if (options.sensitivity === 'strict') return 0;
  if (options.sensitivity === 'broad') return 2;
  return 1;
}

/** The last character of the sentence that is not a closing quote or bracket. */
function lastMark(text: string, s: TextSpan): string {
  let i = s.end - 1;
  while (i > s.start && CLOSERS.includes(text[i] ?? '')) i--;
  return text[i] ?? '';
}

/** True for a unit that fills its whole line and has no final punctuation: a headline or byline. */
function isHeadingLike(text: string, s: TextSpan): boolean {
  if (TERMINALS.includes(lastMark(text, s))) return false;
  let i = s.start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i >= 0 && text[i] !== '\n' && text[i] !== '\r') return false;
  let j = s.end;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
  return j >= text.length || text[j] === '\n' || text[j] === '\r';
}

/** Whether a quotation is still open at the end of sentence `s`, given its state at the start. */
function quoteOpenAfter(text: string, s: TextSpan, open: boolean, quoteMarks: CharCursor): boolean {
  let state = open;
  for (let i = quoteMarks.at(s.start); i < s.end; i = quoteMarks.at(i + 1)) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0xab) state = true;
    else if (c === 0x201d || c === 0xbb) state = false;
    else state = !state; // a straight double quote
  }
  return state;
}

/** "May" in mid-sentence is the month, not the modal verb. */
function markMonths(t: Tokens): void {
  for (let i = 1; i < t.length; i++) if (t.norm[i] === 'may' && isCap(t, i)) t.norm[i] = 'May';
}

/**
 * A conditional that states an exposure, not a speculation: "if convicted, he could face ...",
 * "if it fails, the government could face a confidence vote".
 */
function isConditionalExposure(t: Tokens, lex: CompiledClaimLexicon): boolean {
  let conditional = false;
  for (let i = 0; i + 1 < t.length; i++) {
    const norm = t.norm[i] ?? '';
    if (lex.conditionals.has(norm)) {
      conditional = true;
      if (lex.legalExposure.has(t.norm[i + 1] ?? '')) return true;
    } else if (conditional && (norm === 'could' || norm === 'may' || norm === 'might')) {
      const next = t.norm[i + 1];
      if (next === 'face' || (next === 'also' && t.norm[i + 2] === 'face')) return true;
    }
  }
  return false;
}

function byStartThenLongest(a: Hit, b: Hit): number {
  return a.start - b.start || b.end - a.end;
}

function collectHits(t: Tokens, lex: CompiledClaimLexicon, level: CueLevel): Hit[] {
  const hits: Hit[] = [];
  for (const h of matchPatterns(lex.cues, t)) {
    if (h.data.level > level || isQuoted(t, h.start)) continue;
    hits.push({ category: h.data.category, start: h.start, end: h.end });
  }
  // Blockers only cancel cues, so a sentence without cues need not be searched for them.
  if (hits.length === 0) return hits;
  const blocked = new Map<ClaimCategory, Uint8Array>();
  for (const b of matchPatterns(lex.blockers, t)) {
    let marks = blocked.get(b.data);
    if (!marks) {
      marks = new Uint8Array(t.length);
      blocked.set(b.data, marks);
    }
    marks.fill(1, b.start, b.end);
  }
  return blocked.size === 0 ? hits : hits.filter((h) => blocked.get(h.category)?.[h.start] !== 1);
}

/** The cue spans of `hits` (sorted in place), overlapping ones merged. */
function toCues(t: Tokens, hits: Hit[]): TextSpan[] {
  const sorted = hits.sort(byStartThenLongest);
  const cues: TextSpan[] = [];
  let lastEnd = -1;
  for (const h of sorted) {
    const end = t.end[h.end - 1] ?? 0;
    const last = cues[cues.length - 1];
    if (last && h.start < lastEnd) {
      // Overlapping cues ("According to reports" + "reports in the Kommersant newspaper") merge.
      if (h.end > lastEnd) {
        last.end = end;
        lastEnd = h.end;
      }
      continue;
    }
    cues.push({ start: t.start[h.start] ?? 0, end });
    lastEnd = h.end;
  }
  return cues;
}

function claimInSentence(
  text: string,
  s: TextSpan,
  lex: CompiledClaimLexicon,
  t: Tokens,
  level: CueLevel,
): Claim | null {
  if (lastMark(text, s) === '?' || isHeadingLike(text, s)) return null;
  markMonths(t);
  let hits = collectHits(t, lex, level);
  const outlets = findOutlets(text, t, lex);
  const relayed = findRelayedOutlets(outlets, t, lex).filter((o) => !isQuoted(t, o.cueStart));
  for (const o of relayed) hits.push({ category: 'secondhand', start: o.cueStart, end: o.cueEnd });
  if (hits.some((h) => h.category === 'speculative')) {
    if (isConditionalExposure(t, lex) || hasNamedSpeaker(text, t, lex, outlets)) {
      hits = hits.filter((h) => h.category !== 'speculative');
    }
  }
  if (hits.length === 0) return null;
  const category = CATEGORY_ORDER.find((c) => hits.some((h) => h.category === c)) ?? 'speculative';
  const source = relayed[0]?.name;
  const claim: Claim = { start: s.start, end: s.end, category, cues: toCues(t, hits), reason: '' };
  if (source) claim.source = source;
  claim.reason = claimReason(category, category === 'secondhand' ? source : undefined);
  return claim;
}

/**
 * Finds sentences presenting claims the text does not establish. Each claim spans its sentence
 * (trimmed), carries its category (unverified > anonymous > secondhand > speculative when several
 * apply), the cue words, a one-line reason and, for relayed reports, the named outlet.
 * `options.sensitivity`: strict = sourcing problems only, balanced (default) adds clear hedges,
 * broad adds softer ones. Never throws; claims are ordered and never overlap.
 */
export function findClaims(text: string, options: AnalyzeOptions): Claim[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const lexicon = englishClaimLexicon();
  const level = levelOf(options ?? {});
  const triggers = lexicon.triggersAt(level);
  const claims: Claim[] = [];
  let quoteOpen = false;
  let lastEnd = 0;
  const quoteMarks = new CharCursor(text, QUOTE_MARKS);
  for (const s of splitSentences(text)) {
    // A quotation left open by the previous sentence of the same paragraph runs on into this one.
    if (quoteOpen && text.slice(lastEnd, s.start).includes('\n')) quoteOpen = false;
    lastEnd = s.end;
    if (!hasTriggerWords(text, s.start, s.end, triggers)) {
      quoteOpen = quoteOpenAfter(text, s, quoteOpen, quoteMarks);
      continue;
    }
    const lex = lexicon.compiled();
    const t = tokenize(text, s.start, s.end, quoteOpen, lex.vocab);
    quoteOpen = t.endsQuoted;
    const claim = claimInSentence(text, s, lex, t, level);
    if (claim) claims.push(claim);
  }
  return claims;
}
