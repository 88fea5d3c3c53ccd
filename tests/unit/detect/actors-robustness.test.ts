// People finder on odd and adversarial input: never throws, stays linear, keeps spans inside the text.
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../lib/detect/actors/find-actors';
import type { KnownActor } from '../../../lib/detect/types';

function randomText(length: number, seed: number): string {
  let x = seed;
  const next = (): number => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x;
  };
  const pool = [
    'A',
    'Z',
    'é',
    'ß',
    ' ',
    '\n',
    '.',
    ',',
    "'",
    '’',
    '-',
    '\u00ad',
    '\u200b',
    '\u200f',
    'ש',
    'ع',
    '😀',
    '\ud800',
    'Mr.',
    'President ',
    'Ivan ',
    'O',
    '(',
    ')',
  ];
  let out = '';
  while (out.length < length) out += pool[next() % pool.length];
  return out;
}

describe('robustness', () => {
  it('never throws on random Unicode, RTL, zero-width and lone surrogates', () => {
    for (let seed = 1; seed < 30; seed++) {
      const text = randomText(5000, seed);
      const r = findActors(text, {});
      for (const m of r.people) {
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(text.length);
        expect(m.end).toBeGreaterThan(m.start);
      }
    }
  });

  it('ignores malformed known actors from storage', () => {
    const broken = [
      { name: 5, isOfficial: true },
      { name: 'Ada Quist', aliases: 'AQ', isOfficial: true },
      null,
    ] as unknown as KnownActor[];
    const r = findActors('Ada Quist spoke.', { knownActors: broken });
    expect(r.officials.map((m) => m.name)).toEqual(['Ada Quist']);
  });

  it('handles empty and whitespace-only text', () => {
    expect(findActors('', {}).people).toEqual([]);
    expect(findActors('   \n\n ', {}).people).toEqual([]);
  });

  // Adversarial input must stay linear (no backtracking, no quadratic scans): a text eight times longer
  // may take about eight times as long (a quadratic scan would take 64 times). Compared with itself so that
  // a busy machine does not fail the test.
  function millis(text: string): number {
    let best = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 3; run++) {
      const t0 = performance.now();
      findActors(text, {});
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  }

  it.each([
    ['capitalised words and titles', 'President Alpha Beta Gamma Delta Omega Mr. '],
    ['punctuation, hyphens and apostrophes', "a-'b.-c'-'.A.B.C.-D'E'F "],
    ['initials', 'A.'],
    ['name particles', 'de van von der bin al '],
    [
      'one person named again and again',
      'John Smith said Mr. Smith, 45, a spokesman for the ministry, met Sen. Jane Doe. ',
    ],
  ])(
    'stays linear on 1 MB of %s',
    (_label, unit) => {
      const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const small = big.slice(0, big.length / 8);
      const t = millis(big);
      expect(t).toBeLessThan(millis(small) * 24 + 300);
      expect(t).toBeLessThan(10_000);
    },
    60_000,
  );

  it('looks up many known actors by token', () => {
    const known: KnownActor[] = [];
    for (let i = 0; i < 20000; i++) known.push({ name: `Given${i} Family${i}`, isOfficial: i % 2 === 0 });
    const text = 'Reporters met Given42 Family42 and Given43 Family43. Family42 spoke first.';
    const r = findActors(text, { knownActors: known });
    expect(r.people.map((m) => text.slice(m.start, m.end))).toEqual([
      'Given42 Family42',
      'Given43 Family43',
      'Family42',
    ]);
    expect(r.officials.map((m) => m.name)).toEqual(['Given42 Family42', 'Given42 Family42']);
  }, 30_000);
});
