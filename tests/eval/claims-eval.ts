// Sentence-level evaluation of the claim finder on the shared data sets (read at run time):
// news-dev (all sensitivities), Szeged uncertainty (wiki, factbank), PolNeAR dev, and the flag rate
// on CheckThat! 2019 debate sentences.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findClaims } from '../../lib/detect/claims/find-claims';
import type { Claim, Sensitivity } from '../../lib/detect/types';
import {
  type LabelledDoc,
  loadCheckthat,
  loadNewsDev,
  loadPolnear,
  loadSzeged,
  type SzegedSentence,
} from './claims-eval-data';

/** Confusion counts of a binary sentence classifier. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0, tn: 0 };
}

function add(c: Counts, gold: boolean, predicted: boolean): void {
  if (gold && predicted) c.tp++;
  else if (predicted) c.fp++;
  else if (gold) c.fn++;
  else c.tn++;
}

/** "P 0.xxx R 0.xxx F1 0.xxx (tp/fp/fn)". */
export function formatScores(c: Counts): string {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn}, tn ${c.tn})`;
}

/** The claim covering most of [start, end), if any covers at least half of it. */
function claimFor(claims: readonly Claim[], start: number, end: number): Claim | undefined {
  let best: Claim | undefined;
  let bestOverlap = 0;
  for (const c of claims) {
    const overlap = Math.min(end, c.end) - Math.max(start, c.start);
    if (overlap > bestOverlap) {
      best = c;
      bestOverlap = overlap;
    }
  }
  return bestOverlap * 2 >= end - start || (best && bestOverlap * 2 >= best.end - best.start)
    ? best
    : undefined;
}

function scoreDocs(docs: readonly LabelledDoc[], sensitivity: Sensitivity, verbose = false) {
  const counts = emptyCounts();
  let sameCategory = 0;
  let anyCategory = 0;
  for (const doc of docs) {
    const claims = findClaims(doc.text, { sensitivity });
    for (const u of doc.units) {
      const claim = claimFor(claims, u.start, u.end);
      add(counts, u.gold, claim !== undefined);
      if (u.gold && claim) {
        if (claim.category === u.category) sameCategory++;
        if (u.allCategories?.includes(claim.category)) anyCategory++;
      }
      if (verbose && u.gold !== (claim !== undefined)) {
        const tag = u.gold ? 'FN' : `FP ${claim?.category}`;
        const cues = claim?.cues.map((q) => doc.text.slice(q.start, q.end)).join(' | ') ?? u.category;
        console.log(`    ${tag} [${cues}] ${doc.text.slice(u.start, u.end).slice(0, 160)}`);
      }
    }
  }
  return { counts, sameCategory, anyCategory };
}

function scoreSentences(
  sentences: readonly SzegedSentence[],
  sensitivity: Sensitivity,
  narrow: boolean,
  balancedSample: boolean,
): Counts {
  let pool = sentences.filter((s) => !narrow || s.goldNarrow || !s.gold);
  if (balancedSample) {
    const pos = pool.filter((s) => (narrow ? s.goldNarrow : s.gold));
    const neg = pool.filter((s) => !s.gold);
    const step = neg.length / Math.max(1, pos.length);
    const sampled = pos.map((_, i) => neg[Math.floor(i * step)]).filter((s): s is SzegedSentence => !!s);
    pool = [...pos, ...sampled];
  }
  const counts = emptyCounts();
  for (const s of pool)
    add(counts, narrow ? s.goldNarrow : s.gold, findClaims(s.text, { sensitivity }).length > 0);
  return counts;
}

const LEVELS: readonly Sensitivity[] = ['balanced', 'strict', 'broad'];

/** Prints sentence-level precision, recall and F1 of the claim finder on every available data set. */
export async function runClaimsEval(dataDir: string): Promise<void> {
  if (!existsSync(dataDir)) {
    console.log(`Claims eval: data folder ${dataDir} not found; nothing to measure.`);
    return;
  }
  const verbose = process.env.CLAIMS_EVAL_VERBOSE === '1';
  console.log('== Unconfirmed claims (sentence level) ==');

  const news = loadNewsDev(join(dataDir, 'news-dev'));
  if (!news) console.log('news-dev: missing, skipped');
  else {
    for (const level of LEVELS) {
      const { counts, sameCategory, anyCategory } = scoreDocs(news, level, verbose && level === 'balanced');
      console.log(`news-dev ${level.padEnd(8)} ${formatScores(counts)}`);
      console.log(
        `  category on true positives: first ${sameCategory}/${counts.tp}, any ${anyCategory}/${counts.tp}`,
      );
    }
  }

  for (const part of ['wiki', 'factbank'] as const) {
    const data = loadSzeged(join(dataDir, 'szeged-uncertainty'), part);
    if (!data) {
      console.log(`szeged ${part}: missing, skipped`);
      continue;
    }
    for (const level of ['balanced', 'broad'] as const) {
      console.log(
        `szeged ${part} ${level} all cues, full       ${formatScores(scoreSentences(data, level, false, false))}`,
      );
      console.log(
        `szeged ${part} ${level} no conditionals, full ${formatScores(scoreSentences(data, level, true, false))}`,
      );
      console.log(
        `szeged ${part} ${level} no conditionals, 1:1  ${formatScores(scoreSentences(data, level, true, true))}`,
      );
    }
  }

  const polnear = loadPolnear(join(dataDir, 'polnear'), 'dev');
  if (!polnear) console.log('polnear dev: missing, skipped');
  else {
    for (const level of ['strict', 'balanced'] as const) {
      console.log(`polnear dev ${level.padEnd(8)} ${formatScores(scoreDocs(polnear, level).counts)}`);
    }
  }

  const debates = loadCheckthat(join(dataDir, 'checkthat2019-task1'));
  if (!debates) console.log('checkthat2019: missing, skipped');
  else {
    for (const level of LEVELS) {
      const flagged = debates.filter((s) => findClaims(s, { sensitivity: level }).length > 0).length;
      const rate = ((100 * flagged) / Math.max(1, debates.length)).toFixed(2);
      console.log(
        `checkthat2019 training ${level.padEnd(8)} flagged ${flagged}/${debates.length} = ${rate}%`,
      );
    }
  }
}
