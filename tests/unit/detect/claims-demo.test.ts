// Claim finder on the bundled demo article: the expected claims and the sentences that must stay
// unflagged.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../lib/cli/html-text';
import { findClaims } from '../../../lib/detect/claims/find-claims';

const html = readFileSync(
  fileURLToPath(new URL('../../fixtures/demo/article.html', import.meta.url)),
  'utf8',
);
const text = htmlToText(html);
const claims = findClaims(text, {});

function claimStarting(prefix: string) {
  return claims.find((c) => text.slice(c.start, c.end).startsWith(prefix));
}

function flagged(fragment: string): boolean {
  const at = text.indexOf(fragment);
  expect(at, `demo text holds "${fragment}"`).toBeGreaterThanOrEqual(0);
  return claims.some((c) => c.start <= at && at < c.end);
}

describe('demo article claims', () => {
  it('finds the relayed Kommersant report', () => {
    const claim = claimStarting('According to reports in the Kommersant newspaper');
    expect(claim?.category).toBe('secondhand');
    expect(claim?.source).toBe('Kommersant');
  });

  it.each([
    ['Two officials familiar with the talks', ['anonymous']],
    ['The claim could not be independently verified.', ['unverified']],
    ['Analysts suggest', ['anonymous']],
    ["Voronov's office denied a report", ['unverified']],
    ['The fishing fleet is believed to have lost', ['speculative', 'secondhand']],
  ])('flags "%s"', (prefix, categories) => {
    const claim = claimStarting(prefix);
    expect(claim).toBeDefined();
    expect(categories).toContain(claim?.category);
    expect(claim?.cues.length).toBeGreaterThan(0);
  });

  it.each([
    'The Norwegian foreign ministry said in a statement',
    'told a news conference in Moscow',
    'said Tomas Lindqvist',
    'Talks resume on Wednesday morning.',
    'If they fail, the dispute will go to arbitration',
    'who is expected to join the talks',
    'disputed northern fishing zone',
    'declined to comment on the call',
  ])('leaves "%s" unflagged', (fragment) => {
    expect(flagged(fragment)).toBe(false);
  });

  it('returns claims in order without overlap', () => {
    for (let i = 1; i < claims.length; i++) {
      expect(claims[i]?.start ?? 0).toBeGreaterThanOrEqual(claims[i - 1]?.end ?? 0);
    }
  });
});
