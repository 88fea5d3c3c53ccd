// The engine on an article written apart from its word lists (tests/fixtures/articles), to check
// that it reads news it was not shaped around the way a careful reader would.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect';

const text = readFileSync('tests/fixtures/articles/held-out-budget.txt', 'utf8');
const analysis = analyze(text);

/** Every exact span of `needle` in the text, as "start-end". */
function spansOf(needle: string): string[] {
  const spans: string[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    spans.push(`${at}-${at + needle.length}`);
  }
  return spans;
}

const officialSpans = new Set(analysis.officials.map((mention) => `${mention.start}-${mention.end}`));
const actorNamed = (name: string) => analysis.actors.find((actor) => actor.name === name);

describe('held-out article: officials', () => {
  it.each([
    ['Grace Tuilagi', 'Tuilagi'],
    ['Hamish Calloway', 'Calloway'],
    ['Anahera Wiremu', 'Wiremu'],
    ['Laura Whitmore', 'Whitmore'],
  ])('finds %s with a title and every later mention of %s', (fullName, surname) => {
    for (const span of spansOf(fullName)) expect(officialSpans).toContain(span);
    const fullStarts = new Set(
      spansOf(fullName).map((span) => Number(span.split('-')[0]) + fullName.indexOf(surname)),
    );
    const surnameOnly = spansOf(surname).filter((span) => !fullStarts.has(Number(span.split('-')[0])));
    expect(surnameOnly.length).toBeGreaterThan(0);
    for (const span of surnameOnly) expect(officialSpans).toContain(span);
    expect(actorNamed(fullName)?.isOfficial).toBe(true);
  });

  it('carries the role and country the article gives to the actor', () => {
    expect(actorNamed('Grace Tuilagi')?.title).toMatch(/Finance Minister/);
    expect(actorNamed('Grace Tuilagi')?.country).toBe('New Zealand');
    expect(actorNamed('Hamish Calloway')?.title).toMatch(/Deputy Prime Minister/);
  });

  it('counts a government spokeswoman and a former mayor as officials', () => {
    expect(actorNamed('Joanna Pike')?.isOfficial).toBe(true);
    expect(actorNamed('Marcus Teague')?.isOfficial).toBe(true);
  });

  it('finds the byline author and the economist as people, not officials', () => {
    for (const name of ['Rafael Okonkwo', 'Priya Raman']) {
      expect(actorNamed(name)?.isOfficial).toBe(false);
      for (const span of spansOf(name)) expect(officialSpans).not.toContain(span);
    }
  });

  it('never puts a title inside a name span', () => {
    for (const mention of analysis.officials) {
      expect(text.slice(mention.start, mention.end)).not.toMatch(/\b(Minister|Prime|Deputy|Sen\.|Mr\.)/);
    }
  });
});

describe('held-out article: unconfirmed claims', () => {
  const flagged = analysis.claims.map((claim) => text.slice(claim.start, claim.end));
  const isFlagged = (start: string): boolean => flagged.some((sentence) => sentence.includes(start));

  it('flags anonymous sourcing, unconfirmed estimates and relayed figures', () => {
    expect(isFlagged('People familiar with the negotiations said')).toBe(true);
    expect(isFlagged('The rail project is thought to have run')).toBe(true);
    expect(isFlagged('The Treasury has not confirmed that estimate.')).toBe(true);
  });

  it('leaves on-record statements, quotes, schedules and conditionals alone', () => {
    for (const plain of [
      '"We have made our offer, and it is a fair one,"',
      "Mr. Calloway's office declined to comment.",
      'The budget vote is scheduled for next Wednesday.',
      'If it fails, the government could face a confidence vote.',
      'Whitmore is expected to meet Tuilagi on Tuesday.',
    ]) {
      expect(isFlagged(plain)).toBe(false);
    }
  });

  it('gives every claim a kind, its cue words inside the claim, and a reason', () => {
    expect(analysis.claims.length).toBeGreaterThanOrEqual(3);
    for (const claim of analysis.claims) {
      expect(['anonymous', 'secondhand', 'unverified', 'speculative']).toContain(claim.category);
      expect(claim.reason.length).toBeGreaterThan(0);
      expect(claim.cues.length).toBeGreaterThan(0);
      for (const cue of claim.cues) {
        expect(cue.start).toBeGreaterThanOrEqual(claim.start);
        expect(cue.end).toBeLessThanOrEqual(claim.end);
      }
    }
  });
});
