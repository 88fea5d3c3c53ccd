// Measures the people finder against gold sets read at run time from a data folder (never bundled):
// CoNLL-2003 valid PER spans, news-dev official and person mentions, and PolNeAR dev's titled sources.
// Prints P/R/F1 (recall alone for PolNeAR, whose labels mark only who is quoted).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../lib/detect/index';
import { evalPolnearOfficials } from './polnear-officials-eval';

interface Span {
  start: number;
  end: number;
}

interface Score {
  tp: number;
  fp: number;
  fn: number;
}

function score(gold: readonly Span[], pred: readonly Span[]): Score & { missed: Span[]; extra: Span[] } {
  const key = (s: Span): string => `${s.start}:${s.end}`;
  const g = new Set(gold.map(key));
  const p = new Set(pred.map(key));
  const missed = gold.filter((s) => !p.has(key(s)));
  const extra = pred.filter((s) => !g.has(key(s)));
  return { tp: gold.length - missed.length, fp: extra.length, fn: missed.length, missed, extra };
}

function add(total: Score, s: Score): void {
  total.tp += s.tp;
  total.fp += s.fp;
  total.fn += s.fn;
}

function line(label: string, s: Score): string {
  const p = s.tp + s.fp === 0 ? 0 : s.tp / (s.tp + s.fp);
  const r = s.tp + s.fn === 0 ? 0 : s.tp / (s.tp + s.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `${label.padEnd(44)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
}

function context(text: string, s: Span): string {
  return `${JSON.stringify(text.slice(Math.max(0, s.start - 30), s.start))} [${text.slice(s.start, s.end)}]`;
}

interface ConllDoc {
  doc: number;
  text: string;
  entities: { start: number; end: number; type: string }[];
}

function evalConll(dataDir: string, verbose: boolean): void {
  const file = join(dataDir, 'conll2003-en', 'valid.docs.jsonl');
  if (!existsSync(file)) {
    console.log(`CoNLL-2003: ${file} not found, skipped.`);
    return;
  }
  const total: Score = { tp: 0, fp: 0, fn: 0 };
  for (const row of readFileSync(file, 'utf8').split('\n')) {
    if (!row.trim()) continue;
    const doc = JSON.parse(row) as ConllDoc;
    const gold = doc.entities.filter((e) => e.type === 'PER');
    const pred = analyze(doc.text).people;
    const s = score(gold, pred);
    add(total, s);
    if (verbose && (s.missed.length > 0 || s.extra.length > 0)) {
      console.log(`-- conll doc ${doc.doc}`);
      for (const m of s.missed) console.log(`   miss ${context(doc.text, m)}`);
      for (const m of s.extra) console.log(`   extra ${context(doc.text, m)}`);
    }
  }
  console.log(line('CoNLL-2003 valid PER (exact span)', total));
}

interface GoldMention extends Span {
  flags?: string[];
  evidence?: string;
}

interface NewsDoc {
  id: string;
  text_file: string;
  officials: GoldMention[];
  people: GoldMention[];
}

function evalNews(dataDir: string, verbose: boolean): void {
  const dir = join(dataDir, 'news-dev');
  const file = join(dir, 'gold.jsonl');
  if (!existsSync(file)) {
    console.log(`news-dev: ${file} not found, skipped.`);
    return;
  }
  const officials: Score = { tp: 0, fp: 0, fn: 0 };
  const officialsNoAttr: Score = { tp: 0, fp: 0, fn: 0 };
  const officialsArticle: Score = { tp: 0, fp: 0, fn: 0 };
  const people: Score = { tp: 0, fp: 0, fn: 0 };
  for (const row of readFileSync(file, 'utf8').split('\n')) {
    if (!row.trim()) continue;
    const doc = JSON.parse(row) as NewsDoc;
    const text = readFileSync(join(dir, doc.text_file), 'utf8');
    const result = analyze(text);
    const so = score(doc.officials, result.officials);
    add(officials, so);
    const attributive = doc.officials.filter((o) => o.flags?.includes('attributive'));
    const isIn = (list: readonly Span[], s: Span): boolean =>
      list.some((o) => o.start === s.start && o.end === s.end);
    add(
      officialsNoAttr,
      score(
        doc.officials.filter((o) => !isIn(attributive, o)),
        result.officials.filter((o) => !isIn(attributive, o)),
      ),
    );
    const knowledge = doc.officials.filter((o) => o.evidence === 'knowledge');
    add(
      officialsArticle,
      score(
        doc.officials.filter((o) => !isIn(knowledge, o)),
        result.officials.filter((o) => !isIn(knowledge, o)),
      ),
    );
    const sp = score([...doc.officials, ...doc.people], result.people);
    add(people, sp);
    if (verbose) {
      console.log(`-- ${doc.id}`);
      for (const m of so.missed) console.log(`   official miss ${context(text, m)}`);
      for (const m of so.extra) console.log(`   official extra ${context(text, m)}`);
      for (const m of sp.missed) console.log(`   person miss ${context(text, m)}`);
      for (const m of sp.extra) console.log(`   person extra ${context(text, m)}`);
    }
  }
  console.log(line('news-dev officials (mentions)', officials));
  console.log(line('news-dev officials, attributive left out', officialsNoAttr));
  console.log(line('news-dev officials, "knowledge" left out', officialsArticle));
  console.log(line('news-dev people incl. officials (mentions)', people));
}

/** Prints people and official scores for the gold sets found under `dataDir`. */
export async function runPeopleEval(
  dataDir: string,
  verbose = process.argv.includes('--verbose'),
): Promise<void> {
  if (!existsSync(dataDir)) {
    console.log(`People eval: data folder ${dataDir} not found; nothing measured.`);
    return;
  }
  evalConll(dataDir, verbose && !process.argv.includes('--news-only'));
  evalNews(dataDir, verbose && !process.argv.includes('--conll-only'));
  evalPolnearOfficials(dataDir, verbose && !process.argv.includes('--conll-only'));
}

const invokedDirectly = /people-eval\.ts$/.test(process.argv[1] ?? '');
if (invokedDirectly) {
  const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '../shared/data';
  void runPeopleEval(dir);
}
