// Compiles per-language claim lexicons on first use and keeps them for every later call. A lexicon is
// compiled in two steps: the trigger words of a level (enough to skip the sentences without a cue,
// as on most of a page's first lines), then the indexes and word sets for the sentences with one.

import type { ClaimLexicon } from '../lexicon/claim-lexicon';
import { EN_CLAIM_LEXICON } from '../lexicon/en/claim-cues';
import { WordTable } from '../text/word-table';
import type { ClaimCategory } from '../types';
import { indexPatterns, type PatternIndex } from './cue-patterns';
import { OUTLET_WORDS } from './outlets';
import { type ParsedPattern, parsePatterns, patternWords } from './parse-patterns';
import { SPEAKER_WORDS } from './speakers';
import { buildTriggerFilter, type TriggerFilter } from './trigger-filter';

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
}

/** A claim lexicon whose parts are compiled on first use. */
export interface ClaimLexiconParts {
  /**
   * The words the cues of `level` need (or a relayed report): sentences without them are skipped. A
   * page only ever needs the reader's one level.
   */
  triggersAt: (level: CueLevel) => TriggerFilter;
  /** The lexicon compiled for matching, needed once some sentence has a trigger word. */
  compiled: () => CompiledClaimLexicon;
}

const CATEGORIES: readonly ClaimCategory[] = ['unverified', 'anonymous', 'secondhand', 'speculative'];
const LEVELS = [
  ['strict', 0],
  ['balanced', 1],
  ['broad', 2],
] as const;

function words(list: string): string[] {
  return list.split(' ').filter((w) => w !== '');
}

function cuePatterns(lex: ClaimLexicon): ParsedPattern<CueInfo>[] {
  const sources: [string, CueInfo][] = [];
  for (const category of CATEGORIES) {
    for (const [key, level] of LEVELS) {
      const info: CueInfo = { category, level };
      for (const p of lex.cues[category][key] ?? []) sources.push([p, info]);
    }
  }
  return parsePatterns(sources, lex.groups);
}

/** The words that name an outlet or mark a name as one. */
function outletWordList(lex: ClaimLexicon): string[] {
  return words([lex.outletNames, lex.outletWords, lex.outletNouns].join(' '));
}

/** Compiles the matching part of a lexicon whose cue patterns are parsed. */
function compileMatching(lex: ClaimLexicon, cues: readonly ParsedPattern<CueInfo>[]): CompiledClaimLexicon {
  const blockerSources: [string, ClaimCategory][] = [];
  for (const category of CATEGORIES) {
    for (const p of lex.blockers[category] ?? []) blockerSources.push([p, category]);
  }
  const blockers = parsePatterns(blockerSources, lex.groups);
  const vocabWords = [
    ...patternWords(cues),
    ...patternWords(blockers),
    ...[lex.speechVerbs, lex.vagueSources, lex.bodies, lex.conditionals, lex.legalExposure]
      .join(' ')
      .split(' '),
    ...outletWordList(lex),
    ...lex.outletLeads.flatMap((l) => l.split(' ')),
    ...lex.outletVerbs.split(' '),
    ...OUTLET_WORDS,
    ...SPEAKER_WORDS,
  ];
  return {
    vocab: new WordTable(vocabWords),
    cues: indexPatterns(cues),
    blockers: indexPatterns(blockers),
    speechVerbs: new Set(words(lex.speechVerbs)),
    vagueSources: new Set(words(lex.vagueSources)),
    bodies: new Set(words(lex.bodies)),
    outletNames: new Set(words(lex.outletNames)),
    outletWords: new Set(words(lex.outletWords)),
    outletNouns: new Set(words(lex.outletNouns)),
    outletVerbs: new Set(words(lex.outletVerbs)),
    outletLeads: lex.outletLeads.map((l) => l.split(' ')),
    conditionals: new Set(words(lex.conditionals)),
    legalExposure: new Set(words(lex.legalExposure)),
  };
}

/** Prepares a lexicon for compiling on first use (throws only on a malformed lexicon, which tests catch). */
export function prepareClaimLexicon(lex: ClaimLexicon): ClaimLexiconParts {
  const cues = cuePatterns(lex);
  const triggers = new Map<CueLevel, TriggerFilter>();
  let compiled: CompiledClaimLexicon | undefined;
  return {
    triggersAt: (level) => {
      let filter = triggers.get(level);
      if (!filter) {
        // A report is relayed by a reporting verb after the outlet or a lead before it ("according to").
        const relayWords = [...words(lex.outletVerbs), ...lex.outletLeads.map((l) => words(l)[0] ?? '')];
        filter = buildTriggerFilter(
          cues,
          (info) => info.level <= level,
          new Set(outletWordList(lex)),
          new Set(relayWords),
        );
        triggers.set(level, filter);
      }
      return filter;
    },
    compiled: () => {
      compiled ??= compileMatching(lex, cues);
      return compiled;
    },
  };
}

let english: ClaimLexiconParts | undefined;

/** The English claim lexicon (prepared on first use). */
export function englishClaimLexicon(): ClaimLexiconParts {
  english ??= prepareClaimLexicon(EN_CLAIM_LEXICON);
  return english;
}
