// Recall on officials in political news: the PolNeAR dev articles (read at run time, never bundled), where
// the corpus marks who is quoted (Source spans). A source written as an office title and a name
// ("Sen. Claire McCaskill (D-Mo.)", "Attorney General Eric Schneiderman") names an official, so its name
// should be found as one. The titles below are this script's own list, written apart from the engine's.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../lib/detect/index';

/** "Title Name" at the start of a source span; group 1 is the name (two to four words, initials allowed). */
const TITLED_SOURCE =
  /^(?:(?:the|The|former|Former|then-|U\.S\.|House|Senate|Republican|Democratic)\s+)*(?:Sen\.|Senator|Rep\.|Representative|Gov\.|Governor|Lt\. Gov\.|President|Vice President|Secretary of State|Secretary|Attorney General|Deputy Attorney General|Prime Minister|Foreign Minister|Chancellor|Mayor|Speaker|Majority Leader|Minority Leader|Ambassador|Secretary General|Chief Justice|Justice|Judge|Del\.|Gen\.)\s+((?:[A-Z][\p{L}'’-]*\.?\s?){2,4})/u;

interface Sourced {
  start: number;
  end: number;
}

/** The names of the titled sources in one annotation file, as spans of the article text. */
function titledSources(ann: string, text: string): Sourced[] {
  const out: Sourced[] = [];
  for (const line of ann.split('\n')) {
    const [id, kind, quoted] = line.split('\t');
    if (!id?.startsWith('T') || !kind?.startsWith('Source ') || !quoted) continue;
    const offsets = kind.split(' ');
    const start = Number(offsets[1]);
    if (!Number.isInteger(start) || text.slice(start, start + quoted.length) !== quoted) continue;
    const m = TITLED_SOURCE.exec(quoted);
    // The name without a closing comma, possessive or suffix ("Paul Ryan's", "John G. Roberts Jr."):
    // spans end at the surname.
    const name = m?.[1]
      ?.trim()
      .replace(/[,.]$/, '')
      .replace(/['’]s(?:\s.*)?$/, '')
      .replace(/,?\s+(?:Jr|Sr|II|III)$/, '');
    if (!m || !name || name.split(/\s+/).length < 2) continue;
    const at = quoted.indexOf(name, m[0].length - (m[1]?.length ?? 0));
    if (at >= 0) out.push({ start: start + at, end: start + at + name.length });
  }
  return out;
}

/** Prints how many titled sources of PolNeAR dev are found as officials, with the misses when verbose. */
export function evalPolnearOfficials(dataDir: string, verbose: boolean, split = 'dev'): void {
  const root = join(dataDir, 'polnear', split);
  if (!existsSync(join(root, 'attributions'))) {
    console.log(`PolNeAR: ${root} not found, skipped.`);
    return;
  }
  let found = 0;
  let total = 0;
  let articles = 0;
  const seen = new Set<string>();
  for (const file of readdirSync(join(root, 'attributions')).sort()) {
    // Several annotators may mark one article: the first file of each article is read.
    const article = file.replace(/_[^_]+\.ann$/, '');
    if (!file.endsWith('.ann') || seen.has(article)) continue;
    seen.add(article);
    const textFile = join(root, 'text', `${article}.txt`);
    if (!existsSync(textFile)) continue;
    const text = readFileSync(textFile, 'utf8');
    const sources = titledSources(readFileSync(join(root, 'attributions', file), 'utf8'), text);
    if (sources.length === 0) continue;
    articles++;
    const officials = analyze(text).officials;
    for (const s of sources) {
      total++;
      // The name is found when an official mention covers its last word (spans may differ at the front:
      // "G.K. Butterfield" against "Butterfield").
      const hit = officials.some((o) => o.start < s.end && o.end >= s.end - 1 && o.end <= s.end + 1);
      if (hit) found++;
      else if (verbose)
        console.log(`   polnear miss ${article}: ${JSON.stringify(text.slice(s.start, s.end))}`);
    }
  }
  const recall = total === 0 ? 0 : found / total;
  console.log(
    `PolNeAR ${split} sources with an office title       R ${recall.toFixed(3)}  (found ${found} of ${total}, ${articles} articles)`,
  );
}
