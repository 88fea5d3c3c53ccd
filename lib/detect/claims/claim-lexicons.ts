// Compiles per-language claim lexicons once and keeps them for every later call.

import type { ClaimLexicon } from '../lexicon/claim-lexicon';
import { EN_CLAIM_LEXICON } from '../lexicon/en/claim-cues';
import { WordTable } from '../text/word-table';
import type { ClaimCategory } from '../types';
import { anchorWords, compilePatterns, type PatternIndex, patternWords } from './cue-patterns';
import { OUTLET_WORDS } from './outlets';
import { SPEAKER_WORDS } from './speakers';

/** Lowest sensitivity at which a cue counts: 0 strict, 1 balanced, 2 broad. */
export type CueLevel = 0 | 1 | 2;

/** What a matched cue means. */
export interface CueInfo {
  category: ClaimCategory;
  level: CueLevel;
}

/** A claim lexicon ready for matching. */
export interface CompiledClaimLexicon {
  cues: PatternIndex<CueInfo>;
  blockers: PatternIndex<ClaimCategory>;
  speechVerbs: ReadonlySet<string>;
  vagueSources: ReadonlySet<string>;
  bodies: ReadonlySet<string>;
  outletNames: ReadonlySet<string>;
  outletWords: ReadonlySet<string>;
  outletNouns: ReadonlySet<string>;
  outletVerbs: ReadonlySet<string>;
  outletLeads: readonly (readonly string[])[];
  conditionals: ReadonlySet<string>;
  legalExposure: ReadonlySet<string>;
  /** Every word the claim finder ever compares: the tokenizer spells out only these. */
  vocab: WordTable;
  /**
   * Per level, the words every cue of that level needs (or that name an outlet): sentences without
   * one are skipped (computed on first use).
   */
  triggersAt: (level: CueLevel) => WordTable;
}

const CATEGORIES: readonly ClaimCategory[] = ['unverified', 'anonymous', 'secondhand', 'speculative'];
const LEVELS = [
  ['strict', 0],
  ['balanced', 1],
  ['broad', 2],
] as const;

function wordSet(list: string): Set<string> {
  return new Set(list.split(' ').filter((w) => w !== ''));
}

/** Compiles a lexicon (throws only on a malformed lexicon, which tests catch). */
export function compileClaimLexicon(lex: ClaimLexicon): CompiledClaimLexicon {
  const cuePatterns: [string, CueInfo][] = [];
  for (const category of CATEGORIES) {
    for (const [key, level] of LEVELS) {
      const info: CueInfo = { category, level };
      for (const p of lex.cues[category][key] ?? []) cuePatterns.push([p, info]);
    }
  }
  const blockerPatterns: [string, ClaimCategory][] = [];
  for (const category of CATEGORIES) {
    for (const p of lex.blockers[category] ?? []) blockerPatterns.push([p, category]);
  }
  const cues = compilePatterns(cuePatterns, lex.groups);
  const outletWords = [lex.outletNames, lex.outletWords, lex.outletNouns].join(' ').split(' ');
  // Built per level on first use: a page only ever needs the reader's one level, and building all
  // three up front was most of the engine's cold start.
  const triggerCache = new Map<CueLevel, WordTable>();
  const triggersAt = (level: CueLevel): WordTable => {
    let triggers = triggerCache.get(level);
    if (!triggers) {
      triggers = new WordTable([...anchorWords(cues, (info) => info.level <= level), ...outletWords]);
      triggerCache.set(level, triggers);
    }
    return triggers;
  };
  const blockers = compilePatterns(blockerPatterns, lex.groups);
  const vocabWords = [
    ...patternWords(cues),
    ...patternWords(blockers),
    ...[lex.speechVerbs, lex.vagueSources, lex.bodies, lex.conditionals, lex.legalExposure]
      .join(' ')
      .split(' '),
    ...outletWords,
    ...lex.outletLeads.flatMap((l) => l.split(' ')),
    ...lex.outletVerbs.split(' '),
    ...OUTLET_WORDS,
    ...SPEAKER_WORDS,
  ];
  return {
    vocab: new WordTable(vocabWords),
    triggersAt,
    cues,
    blockers,
    speechVerbs: wordSet(lex.speechVerbs),
    vagueSources: wordSet(lex.vagueSources),
    bodies: wordSet(lex.bodies),
    outletNames: wordSet(lex.outletNames),
    outletWords: wordSet(lex.outletWords),
    outletNouns: wordSet(lex.outletNouns),
    outletVerbs: wordSet(lex.outletVerbs),
    outletLeads: lex.outletLeads.map((l) => l.split(' ')),
    conditionals: wordSet(lex.conditionals),
    legalExposure: wordSet(lex.legalExposure),
  };
}

let english: CompiledClaimLexicon | undefined;

/** The compiled English lexicon (compiled on first use). */
export function englishClaimLexicon(): CompiledClaimLexicon {
  english ??= compileClaimLexicon(EN_CLAIM_LEXICON);
  return english;
}
