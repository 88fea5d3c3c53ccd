// `npm run bench [-- dataDir]`: throughput of the whole analysis engine (people and claims) on news-like
// text, and time per ~10,000-word article with 0, 5,000 and 50,000 known actors. Texts are read at run
// time from dataDir (default ../shared/data) when present, else synthesised; none are stored here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findActors } from '../../lib/detect/actors/find-actors';
import { findClaims } from '../../lib/detect/claims/find-claims';
import { analyze } from '../../lib/detect/index';
import type { KnownActor } from '../../lib/detect/types';

/** The benchmark texts by source: political news articles, and Reuters newswire (CoNLL-2003 valid). */
function readSources(dataDir: string): { name: string; texts: string[] }[] {
  const news: string[] = [];
  const newsDir = join(dataDir, 'news-dev', 'texts');
  if (existsSync(newsDir)) {
    for (const f of readdirSync(newsDir))
      if (f.endsWith('.txt')) news.push(readFileSync(join(newsDir, f), 'utf8'));
  }
  const newswire: string[] = [];
  const conll = join(dataDir, 'conll2003-en', 'valid.docs.jsonl');
  if (existsSync(conll)) {
    for (const row of readFileSync(conll, 'utf8').split('\n')) {
      if (!row.trim()) continue;
      const doc = JSON.parse(row) as { text: string };
      newswire.push(doc.text.replace(/ ([,.;:'")])/g, '$1'));
    }
  }
  return [
    { name: 'news-dev articles', texts: news },
    { name: 'CoNLL-2003 newswire (many tables of names)', texts: newswire },
  ].filter((source) => source.texts.length > 0);
}

const GIVEN = ['Anna', 'Pavel', 'Maria', 'James', 'Li', 'Omar', 'Ingrid', 'Carlos', 'Aiko', 'Kwame'];
const FAMILY = ['Voronov', 'Lindqvist', 'Haddad', 'Okafor', 'Moreau', 'Tanaka', 'Brandt', 'Ellery', 'Costa'];
const ROLES = [
  'Foreign Minister',
  'President',
  'Senator',
  'spokesman for the ministry',
  'Deputy Defence Minister',
];

function synthesise(paragraphs: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    const g = GIVEN[i % GIVEN.length];
    const f = FAMILY[(i * 7) % FAMILY.length];
    const r = ROLES[i % ROLES.length];
    out.push(
      `${r} ${g} ${f} told reporters in Geneva on Tuesday that the talks had stalled, according to officials ` +
        `familiar with the matter. "We remain committed," ${f} said. Analysts suggest the dispute could drag on, ` +
        `and the claim could not be independently verified. Mr. ${f}'s office declined to comment on the report.`,
    );
  }
  return [out.join('\n\n')];
}

function syntheticActors(n: number): KnownActor[] {
  const actors: KnownActor[] = [];
  for (let i = 0; i < n; i++) {
    const g = `${GIVEN[i % GIVEN.length]}${i % 97 === 0 ? '' : String.fromCharCode(97 + (i % 26))}`;
    const f = `${FAMILY[i % FAMILY.length]}${i.toString(36)}`;
    actors.push({
      name: `${g} ${f}`,
      aliases: [`${g[0]}. ${f}`],
      isOfficial: i % 3 !== 0,
      title: ROLES[i % ROLES.length],
      country: 'Norway',
    });
  }
  return actors;
}

function article(texts: readonly string[], words: number): string {
  const parts: string[] = [];
  let count = 0;
  let i = 0;
  while (count < words && texts.length > 0) {
    const all = (texts[i % texts.length] ?? '').split(/(?<=\n)/);
    for (const paragraph of all) {
      if (count >= words) break;
      parts.push(paragraph);
      count += paragraph.split(/\s+/).length;
    }
    i++;
  }
  return parts.join('');
}

/** Pass times of `fn` in ms, after a warm-up long enough for the engine to be optimised. */
function passes(fn: () => void, runs: number, warmUpMs = 1500): number[] {
  const warm = performance.now();
  for (let i = 0; i < 4 || performance.now() - warm < warmUpMs; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
}

/** Median, mean and slowest of pass times: the median is the figure, the rest shows the spread. */
function summary(times: readonly number[]): { median: number; mean: number; slowest: number } {
  const mid = times.length >> 1;
  const median = times.length % 2 ? (times[mid] ?? 0) : ((times[mid - 1] ?? 0) + (times[mid] ?? 0)) / 2;
  const mean = times.reduce((a, b) => a + b, 0) / Math.max(1, times.length);
  return { median, mean, slowest: times.at(-1) ?? 0 };
}

function main(): void {
  const dataDir = resolve(process.argv[2] ?? '../shared/data');
  const sources = existsSync(dataDir) ? readSources(dataDir) : [];
  let texts = sources.flatMap((source) => source.texts);
  if (texts.length === 0) {
    console.log(`No texts under ${dataDir}; using synthesised news-like text.`);
    texts = synthesise(400);
  } else console.log(`Corpus: ${texts.length} texts from ${dataDir}`);

  const corpus = texts.join('\n\n');
  const mb = corpus.length / 1e6;
  // Each figure is the median of timed passes taken after a warm-up, so that it measures optimised code
  // and one pass slowed by garbage collection or by another process does not move it; mean and slowest
  // pass are printed beside it.
  const rate = (millis: number): string => (mb / (millis / 1000)).toFixed(1);
  const whole = summary(passes(() => analyze(corpus), 31));
  const people = summary(passes(() => findActors(corpus, {}), 15, 500));
  const claims = summary(passes(() => findClaims(corpus, {}), 15, 500));
  console.log(
    `Throughput, analyze() on ${mb.toFixed(2)} MB: ${rate(whole.median)} MB/s ` +
      `(median of 31 passes; mean ${rate(whole.mean)}, slowest pass ${rate(whole.slowest)})`,
  );
  console.log(
    `  people finder alone: ${rate(people.median)} MB/s; claim finder alone: ${rate(claims.median)} MB/s`,
  );
  for (const source of sources) {
    const part = source.texts.join('\n\n');
    const partMb = part.length / 1e6;
    const partMs = summary(passes(() => analyze(part), 15, 500)).median;
    console.log(`  ${source.name}, ${partMb.toFixed(2)} MB: ${(partMb / (partMs / 1000)).toFixed(1)} MB/s`);
  }

  const doc = article(texts, 10000);
  console.log(`Typical article: ${doc.split(/\s+/).length} words, ${(doc.length / 1000).toFixed(0)} kB`);
  for (const n of [0, 5000, 50000]) {
    const known = syntheticActors(n);
    const t0 = performance.now();
    analyze('warm up', { knownActors: known });
    const build = performance.now() - t0;
    const per = summary(passes(() => analyze(doc, { knownActors: known }), 21, 500));
    console.log(
      `  ${String(n).padStart(6)} known actors: ${per.median.toFixed(2)} ms per article ` +
        `(median of 21; slowest ${per.slowest.toFixed(2)} ms; index built once in ${build.toFixed(1)} ms)`,
    );
  }
}

main();
