// The claim finder's cheap passes: the sentence prefilter may let extra sentences through but must
// never drop one with a cue, and the character cursor must find what a regex finds.
import { describe, expect, it } from 'vitest';
import { englishClaimLexicon } from '../../../lib/detect/claims/claim-lexicons';
import { findClaims } from '../../../lib/detect/claims/find-claims';
import { hasTriggerWords } from '../../../lib/detect/claims/trigger-scan';
import { CharCursor } from '../../../lib/detect/text/char-cursor';
import { splitSentences } from '../../../lib/detect/text/sentences';

function passes(sentence: string, level: 0 | 1 | 2 = 1): boolean {
  return hasTriggerWords(sentence, 0, sentence.length, englishClaimLexicon().triggersAt(level));
}

describe('the claim prefilter', () => {
  it('drops sentences that have a cue word but not the rest of any cue', () => {
    expect(passes('The minister said the budget was balanced.')).toBe(false);
    expect(passes('Reuters opened a bureau in Oslo.')).toBe(false);
  });

  it('keeps sentences where every required word of some cue is present', () => {
    expect(passes('The minister was said to be furious.')).toBe(true);
    expect(passes('Officials familiar with the matter said talks stalled.')).toBe(true);
    expect(passes('The deal, Reuters reported, is close.')).toBe(true);
    expect(passes('The video could not be independently verified.')).toBe(true);
  });

  it('follows the sensitivity level', () => {
    expect(passes('The talks may resume.', 0)).toBe(false);
    expect(passes('The talks may resume.', 1)).toBe(true);
  });

  it('keeps every sentence the claim finder flags', () => {
    const text = [
      'The minister was said to be furious. He denied it.',
      'According to people familiar with the plan, it may be delayed.',
      'The report, first published by The Korea Times, could not be independently verified.',
      'ALLEGEDLY, the SOURCES SAID it was over. “It’s unclear whether they’ll return,” she said.',
      'The co-op’s chair re\u00adportedly quit; analysts say the firm is likely to be sold.',
    ].join('\n');
    const claims = findClaims(text, { sensitivity: 'broad' });
    expect(claims.length).toBeGreaterThan(4);
    for (const c of claims) expect(passes(text.slice(c.start, c.end), 2)).toBe(true);
  });
});

describe('CharCursor', () => {
  it('finds the same positions as a regex, searching forward', () => {
    const text = 'One. Two? “Three!” Four… five. "Six"';
    const cursor = new CharCursor(text, '.?!…');
    const found: number[] = [];
    for (let i = cursor.at(0); i < text.length; i = cursor.at(i + 1)) found.push(i);
    expect(found).toEqual([...text.matchAll(/[.?!…]/g)].map((m) => m.index));
  });
});

describe('splitSentences', () => {
  it('treats \\r\\n, \\r and the Unicode separators like \\n', () => {
    const lines = ['First line. Second one.', 'Third line', 'Fourth. Fifth.'];
    const spans = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));
    const expected = spans(lines.join('\n'));
    for (const sep of ['\r\n', '\r', '\u2028', '\u2029']) expect(spans(lines.join(sep))).toEqual(expected);
  });
});
