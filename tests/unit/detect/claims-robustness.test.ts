// The claim finder and sentence splitter on odd and adversarial input: never throw, stay fast.
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../lib/detect/claims/find-claims';
import { splitSentences } from '../../../lib/detect/text/sentences';

describe('claim finder robustness', () => {
  it.each([
    ['empty', ''],
    ['only spaces', '   \n\n\t  '],
    ['only punctuation', '....???!!!…“”"\'(),;:'],
    ['lone surrogates', '\ud800 sources said \udfff the deal may fail.'],
    ['emoji', '😀 Sources said 😀 the deal may fail. 😀'],
    ['unclosed quotes', '“Sources said the deal may fail. He left.'],
    ['control characters', '\u0000\u0001 Officials said \u0007 it was over.'],
  ])('handles %s', (_label, text) => {
    expect(() => findClaims(text, {})).not.toThrow();
    for (const c of findClaims(text, { sensitivity: 'broad' })) {
      expect(c.start).toBeGreaterThanOrEqual(0);
      expect(c.end).toBeLessThanOrEqual(text.length);
    }
  });

  it('handles a non-string at run time', () => {
    expect(findClaims(undefined as unknown as string, {})).toEqual([]);
  });

  it('analyses 1 MB of adversarial text quickly', () => {
    const pieces = [
      'a'.repeat(50_000),
      ' according to according to according to '.repeat(2_000),
      'U.S. Mr. Dr. '.repeat(5_000),
      ' may may could might '.repeat(4_000),
      '....'.repeat(20_000),
      '"“'.repeat(20_000),
      ' officials said sources said '.repeat(2_000),
      'X '.repeat(60_000),
      '\n'.repeat(20_000),
    ];
    let text = pieces.join(' ');
    const news =
      ' The council met on Tuesday and approved the plan. Sources said the deal may fail.' +
      ' The minister told reporters the budget was ready. Prices rose by 2.5 percent in May.';
    while (text.length < 1_000_000) text += news;
    findClaims(text.slice(0, 200_000), { sensitivity: 'broad' }); // warm up on the same kind of text
    const started = performance.now();
    findClaims(text, { sensitivity: 'broad' });
    // About 0.2 s on a quiet machine; the margin absorbs a busy test runner.
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it.each([
    ['many paragraphs without a full stop', `${'Word\n'.repeat(200_000)}.`],
    ['one huge sentence of attributions', 'Reuters said the CNN newspaper reported that '.repeat(25_000)],
    ['one huge sentence of blocked hedges', 'could not '.repeat(100_000)],
    ['one huge sentence of vague sources', 'officials at the ministry said analysts '.repeat(25_000)],
    ['one huge word', `${'a.'.repeat(500_000)} The end.`],
    ['quoted questions', '"Why?" Smith asked. '.repeat(50_000)],
  ])('stays linear on %s', (_label, text) => {
    findClaims(text.slice(0, 50_000), { sensitivity: 'broad' }); // warm up on the same kind of text
    const started = performance.now();
    findClaims(text, { sensitivity: 'broad' });
    // Quadratic work on 1 MB would take minutes; the margin absorbs a busy test machine.
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('splitSentences', () => {
  function split(text: string): string[] {
    return splitSentences(text).map((s) => text.slice(s.start, s.end));
  }

  it('keeps abbreviations, initials, acronyms and decimals inside sentences', () => {
    expect(
      split('Mr. Smith met Sen. Jones and Gen. Lee in the U.S. capital. Growth was 2.5 percent.'),
    ).toEqual(['Mr. Smith met Sen. Jones and Gen. Lee in the U.S. capital.', 'Growth was 2.5 percent.']);
    expect(split('George H. W. Bush spoke. He left.')).toEqual(['George H. W. Bush spoke.', 'He left.']);
  });

  it('treats newlines as breaks and trims', () => {
    expect(split('  Headline without stop\n\nFirst one. Second one!  ')).toEqual([
      'Headline without stop',
      'First one.',
      'Second one!',
    ]);
  });

  it('handles quotes and quoted questions with their attribution', () => {
    expect(split('“We will win.” The crowd cheered. "Is this legal?" Smith asked.')).toEqual([
      '“We will win.”',
      'The crowd cheered.',
      '"Is this legal?" Smith asked.',
    ]);
  });

  it('splits after a number ending a sentence but not after a list number', () => {
    expect(split('It was less than 100. Then it rose.\n2. The second point.')).toEqual([
      'It was less than 100.',
      'Then it rose.',
      '2. The second point.',
    ]);
  });

  it('does not split before a lower-case word', () => {
    expect(split('It cost approx. ten dollars. e.g. this.')).toEqual([
      'It cost approx. ten dollars. e.g. this.',
    ]);
  });
});
