// Human-readable report of one analysed document: officials with their roles, other people, and
// claims with their kind and the words that gave them away.
import type { Analysis } from '../detect/index';

const LABELS: Readonly<Record<string, string>> = {
  anonymous: 'anonymous source',
  secondhand: 'second-hand report',
  unverified: 'unverified or denied',
  speculative: 'speculation',
};

function clip(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Formats `analysis` of `text` (from `label`, usually the file name) as plain text lines. */
export function formatReadable(label: string, text: string, analysis: Analysis): string {
  const officials = analysis.actors.filter((a) => a.isOfficial);
  const people = analysis.actors.filter((a) => !a.isOfficial);
  const lines: string[] = [
    `${label}: ${plural(text.length, 'character')}, ${plural(officials.length, 'official')}, ` +
      `${people.length} other ${people.length === 1 ? 'person' : 'people'}, ` +
      `${plural(analysis.claims.length, 'unconfirmed claim')}`,
    '',
    `Officials (${officials.length})`,
  ];
  for (const a of officials) {
    const role = a.title ? ` — ${a.title}` : '';
    lines.push(`  ${a.name}${role} (${plural(a.mentionCount, 'mention')})`);
  }
  if (officials.length === 0) lines.push('  none found');
  lines.push('', `People (${people.length})`);
  for (const a of people) lines.push(`  ${a.name} (${plural(a.mentionCount, 'mention')})`);
  if (people.length === 0) lines.push('  none found');
  lines.push('', `Unconfirmed claims (${analysis.claims.length})`);
  for (const c of analysis.claims) {
    const cues = c.cues.map((q) => `"${text.slice(q.start, q.end)}"`).join(', ');
    const source = c.source ? `; source: ${c.source}` : '';
    lines.push(`  [${LABELS[c.category] ?? c.category}] ${clip(text.slice(c.start, c.end), 160)}`);
    lines.push(`      cues: ${cues}${source} (${c.start}-${c.end})`);
  }
  if (analysis.claims.length === 0) lines.push('  none found');
  return lines.join('\n');
}
