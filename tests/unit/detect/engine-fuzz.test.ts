// The whole engine on 10,000 generated and hostile strings: no exception, every span inside the
// text and well formed, and time that grows linearly with size (no backtracking blow-ups).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect';

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'President',
  'Minister',
  'Sen.',
  'Gov.',
  'Mr.',
  'Dr.',
  'al-',
  'bin',
  'von',
  'Abu',
  'de',
  'said',
  'reportedly',
  'sources said',
  'according to reports',
  'could not be independently verified',
  'is believed to',
  'may have',
  'denied',
  'analysts suggest',
  'Putin',
  "Putin's",
  'Netanyahu',
  'Yunus-Bek',
  '"',
  '“',
  '”',
  '(',
  ')',
  ',',
  '.',
  '...',
  '?',
  '!',
  ';',
  ':',
  '—',
  '-',
  "'",
  '’',
  '\n',
  '\n\n',
  ' ',
  '  ',
  '\u200b',
  '\u200d',
  '\u202e',
  '\u2066',
  '\u00ad',
  '\ufeff',
  '\ud83d\ude00',
  '\ud800',
  '\udfff',
  'ـ',
  'שלום',
  'مرحبا',
  'Москва',
  '東京',
  'Zürich',
  'İstanbul',
  'ǅ',
  'ß',
  'A.',
  'B.',
  'U.S.',
  'U.N.',
  '1',
  '2024',
  '$5',
  '%',
];

function generated(next: () => number, length: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const roll = next();
    let part: string;
    if (roll < 0.55) part = PIECES[Math.floor(next() * PIECES.length)]!;
    else if (roll < 0.8)
      part =
        String.fromCharCode(0x41 + Math.floor(next() * 26)) +
        'abcdefghij'.slice(0, 1 + Math.floor(next() * 9));
    else part = String.fromCharCode(Math.floor(next() * 0xffff));
    parts.push(part, next() < 0.7 ? ' ' : '');
    size += part.length + 1;
  }
  return parts.join('').slice(0, length);
}

function checkSpans(text: string): void {
  const result = analyze(text);
  for (const span of [...result.people, ...result.officials, ...result.claims]) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeLessThanOrEqual(text.length);
    expect(span.start).toBeLessThan(span.end);
  }
  for (let i = 1; i < result.claims.length; i += 1) {
    expect(result.claims[i]!.start).toBeGreaterThanOrEqual(result.claims[i - 1]!.end);
  }
  for (const claim of result.claims) {
    for (const cue of claim.cues) {
      expect(cue.start).toBeGreaterThanOrEqual(claim.start);
      expect(cue.end).toBeLessThanOrEqual(claim.end);
    }
  }
}

describe('engine fuzzing', () => {
  it('analyses 10,000 generated and hostile strings without an exception and with well-formed spans', () => {
    const next = random(20261126);
    for (let i = 0; i < 10_000; i += 1) {
      const text = generated(next, 1 + Math.floor(next() * 400));
      try {
        checkSpans(text);
      } catch (error) {
        throw new Error(`Input #${i} failed: ${JSON.stringify(text)}\n${String(error)}`);
      }
    }
  }, 120_000);

  const hugeInputs: [string, (size: number) => string][] = [
    [
      'one line of capitalised words',
      (size) => 'Minister Vladimir Putin Ivanovich '.repeat(Math.ceil(size / 34)).slice(0, size),
    ],
    ['deep punctuation runs', (size) => '(((“"\'—...,;:!?'.repeat(Math.ceil(size / 15)).slice(0, size)],
    [
      'cue phrases without end',
      (size) =>
        'sources said that according to reports it may have been '
          .repeat(Math.ceil(size / 57))
          .slice(0, size),
    ],
    ['random text', (size) => generated(random(size), size)],
  ];

  it.each(hugeInputs)(
    'takes time linear in size on %s (1 MB analysed without a blow-up)',
    (_name, make) => {
      const small = make(250_000);
      const large = make(1_000_000);
      analyze(small);
      const startSmall = performance.now();
      analyze(small);
      const smallMs = performance.now() - startSmall;
      const startLarge = performance.now();
      const result = analyze(large);
      const largeMs = performance.now() - startLarge;
      expect(result.claims.every((claim) => claim.end <= large.length)).toBe(true);
      // Four times the text may take at most about four times as long (with room for noise); a
      // quadratic path would take sixteen times. The absolute 1 s target is printed by npm run bench.
      expect(largeMs).toBeLessThan(Math.max(smallMs * 8, 1000));
    },
    60_000,
  );
});
