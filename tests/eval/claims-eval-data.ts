// Loaders for the claim evaluation sets under ../shared/data. Texts and labels are read at run time
// only; nothing from them is kept in the project.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../../lib/detect/text/sentences';

/** One labelled sentence (or a labelled unit inside a longer text). */
export interface LabelledUnit {
  start: number;
  end: number;
  gold: boolean;
  category?: string;
  allCategories?: string[];
}

/** One text with its labelled units. */
export interface LabelledDoc {
  id: string;
  text: string;
  units: LabelledUnit[];
}

function readJsonl(path: string): unknown[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as unknown);
}

interface NewsGoldSentence {
  start: number;
  end: number;
  unconfirmed: boolean;
  kind: string;
  category?: string;
  all_categories?: string[];
}

/** news-dev: body sentences only, with the gold category. */
export function loadNewsDev(dir: string): LabelledDoc[] | null {
  const gold = join(dir, 'gold.jsonl');
  if (!existsSync(gold)) return null;
  return readJsonl(gold).map((raw) => {
    const d = raw as { id: string; text_file: string; sentences: NewsGoldSentence[] };
    const text = readFileSync(join(dir, d.text_file), 'utf8');
    const units = d.sentences
      .filter((s) => s.kind === 'body')
      .map((s) => ({
        start: s.start,
        end: s.end,
        gold: s.unconfirmed,
        category: s.category,
        allCategories: s.all_categories,
      }));
    return { id: d.id, text, units };
  });
}

/** A Szeged uncertainty sentence: `gold` counts every cue; `goldNarrow` ignores conditional-only cues. */
export interface SzegedSentence {
  text: string;
  gold: boolean;
  goldNarrow: boolean;
}

/** szeged-uncertainty `<part>.jsonl`: body sentences (titles left out). */
export function loadSzeged(dir: string, part: 'wiki' | 'factbank'): SzegedSentence[] | null {
  const path = join(dir, `${part}.jsonl`);
  if (!existsSync(path)) return null;
  const out: SzegedSentence[] = [];
  for (const raw of readJsonl(path)) {
    const d = raw as { part?: string; text: string; uncertain: boolean; cues: { type: string }[] };
    if (d.part === 'Title') continue;
    const narrow = d.cues.some((c) => !c.type.includes('condition'));
    out.push({ text: d.text, gold: d.uncertain, goldNarrow: narrow });
  }
  return out;
}

const VAGUE_HEAD =
  /\b(officials?|sources?|analysts?|experts?|critics|observers|people|insiders|aides?|diplomats?|some|many|others|reports?|economists|scientists|researchers|strategists|witnesses|observers|person|someone|studies|polls?|media)\b/;
const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'some',
  'many',
  'other',
  'several',
  'most',
  'one',
  'two',
  'three',
]);

/**
 * PolNeAR's definition of an unconfirmed claim used here: an attribution with no source at all, or
 * whose source is vague — it has a vague head word (officials, sources, analysts, experts, reports,
 * some, many, ...) and no capitalised word apart from a leading determiner. Pronouns and named
 * people or bodies are on-record sources.
 */
export function isVagueSource(source: string): boolean {
  const words = source.trim().split(/\s+/);
  const lower = source.toLowerCase();
  if (!VAGUE_HEAD.test(lower)) return false;
  return words.every((w, i) => {
    const first = w[0] ?? '';
    const capital = first !== first.toLowerCase();
    return !capital || (i === 0 && DETERMINERS.has(w.toLowerCase()));
  });
}

/** polnear `<split>`: every sentence of every text; TRUE when it holds the cue of a vague attribution. */
export function loadPolnear(dir: string, split: 'dev' | 'train'): LabelledDoc[] | null {
  const textDir = join(dir, split, 'text');
  const annDir = join(dir, split, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) return null;
  const docs: LabelledDoc[] = [];
  const seen = new Set<string>();
  for (const file of readdirSync(annDir).sort()) {
    const base = file.replace(/_[^_]+\.ann$/, '');
    if (seen.has(base)) continue; // one annotator per article
    const textPath = join(textDir, `${base}.txt`);
    if (!existsSync(textPath)) continue;
    seen.add(base);
    const text = readFileSync(textPath, 'utf8');
    const spans = new Map<string, { start: number; end: number; text: string }>();
    const vagueCues: { start: number; end: number }[] = [];
    const lines = readFileSync(join(annDir, file), 'utf8').split('\n');
    for (const line of lines) {
      const m = /^(T\d+)\t\S+ (\d+) (\d+)\t(.*)$/.exec(line);
      if (m) spans.set(m[1] ?? '', { start: Number(m[2]), end: Number(m[3]), text: m[4] ?? '' });
    }
    for (const line of lines) {
      if (!line.startsWith('E')) continue;
      const roles = new Map<string, string>();
      for (const part of (line.split('\t')[1] ?? '').split(' ')) {
        const [role, id] = part.split(':');
        if (role && id) roles.set(role, id);
      }
      const cue = spans.get(roles.get('Cue') ?? '') ?? spans.get(roles.get('Attribution-no-source') ?? '');
      if (!cue) continue;
      const source = spans.get(roles.get('Source') ?? '');
      if (roles.has('Attribution-no-source') || (source && isVagueSource(source.text))) vagueCues.push(cue);
    }
    const units = splitSentences(text).map((s) => ({
      start: s.start,
      end: s.end,
      gold: vagueCues.some((c) => c.start < s.end && c.end > s.start),
    }));
    docs.push({ id: base, text, units });
  }
  return docs;
}

/** checkthat2019 training: the sentence texts of every debate file. */
export function loadCheckthat(dir: string): string[] | null {
  const train = join(dir, 'training');
  if (!existsSync(train)) return null;
  const out: string[] = [];
  for (const file of readdirSync(train).sort()) {
    if (!file.endsWith('.tsv')) continue;
    for (const line of readFileSync(join(train, file), 'utf8').split('\n')) {
      const text = line.split('\t')[2];
      if (text?.trim()) out.push(text);
    }
  }
  return out;
}
