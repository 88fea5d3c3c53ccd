// Claim finder on hand-written sentences: each category, each rule for not flagging, sensitivity
// levels and cue spans.
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../../lib/detect/claims/find-claims';
import type { Claim, Sensitivity } from '../../../lib/detect/types';

function claimsOf(text: string, sensitivity: Sensitivity = 'balanced'): Claim[] {
  return findClaims(text, { sensitivity });
}

function categoryOf(text: string, sensitivity: Sensitivity = 'balanced'): string | null {
  const claims = claimsOf(text, sensitivity);
  return claims[0]?.category ?? null;
}

function cueTexts(text: string, sensitivity: Sensitivity = 'balanced'): string[] {
  return claimsOf(text, sensitivity).flatMap((c) => c.cues.map((q) => text.slice(q.start, q.end)));
}

describe('findClaims: anonymous sources', () => {
  it.each([
    'Sources said the minister would resign within days.',
    'Two officials who spoke on condition of anonymity said the deal was signed.',
    'A person familiar with the talks said both sides had agreed on a draft.',
    'Analysts suggest the merger was driven by falling revenue.',
    'Some say the fire was started deliberately.',
    'Critics claim the agency ignored early warnings.',
    'The sanctions, say economists, have cut exports by a third.',
    'Senior officials at the ministry have said the budget will be cut.',
    'Ministry officials said the pipeline was damaged.',
    'The army was losing ground, according to Western intelligence officials.',
    'The governor has been accused of hiding the report.',
  ])('%s', (text) => {
    expect(categoryOf(text)).toBe('anonymous');
  });
});

describe('findClaims: second-hand reports', () => {
  it('names the outlet a claim is relayed from', () => {
    const text = 'According to the Al Arabiya channel, the convoy was attacked near the border.';
    const [claim] = claimsOf(text);
    expect(claim?.category).toBe('secondhand');
    expect(claim?.source).toBe('Al Arabiya');
    expect(claim?.reason).toContain('Al Arabiya');
  });

  it.each([
    'According to reports, the president has fallen ill.',
    'The minister was reportedly furious about the leak.',
    'State media reported that the dam had burst.',
    'The general was said to have left the capital.',
    'The company is rumored to be planning layoffs.',
    'The rate rose to 9 percent last year, The Korea Times reported.',
  ])('%s', (text) => {
    expect(categoryOf(text)).toBe('secondhand');
  });

  it('relays a named outlet’s report', () => {
    const [claim] = claimsOf('According to a report by Reuters, the deficit will grow.');
    expect(claim?.category).toBe('secondhand');
    expect(claim?.source).toBe('Reuters');
  });

  it('does not treat an interview given to an outlet as relaying', () => {
    expect(claimsOf('The senator told the BBC that she would vote against the bill.')).toEqual([]);
  });
});

describe('findClaims: unverified or denied', () => {
  it.each([
    'The claim could not be independently verified.',
    'The video, which is unconfirmed, shows a column of tanks.',
    'The alleged bribe was paid in 2019.',
    'The ministry denied that troops had crossed the border.',
    'There has been no official confirmation of the death.',
    'The palace has remained silent on the reports.',
    'It remains unclear who ordered the strike.',
  ])('%s', (text) => {
    expect(categoryOf(text)).toBe('unverified');
  });

  it('does not read "was denied entry" as a denial of a claim', () => {
    expect(claimsOf('The reporter was denied entry at the border on Monday.')).toEqual([]);
  });

  it('does not read a "disputed" region as a disputed claim', () => {
    expect(claimsOf('The ministers met in the disputed northern zone on Tuesday.')).toEqual([]);
  });
});

describe('findClaims: speculation', () => {
  it.each([
    'The virus appears to have spread from the market.',
    'The leader is believed to be in hiding.',
    'The strike may have killed dozens of civilians.',
    'The vote is likely to be delayed until spring.',
    'The deficit is expected to reach $1 trillion next year.',
    'If the economy weakens, rates might fall.',
    'The stalled talks could signal a broader cooling between the two countries.',
    'The announcement fueled speculation about an early election.',
    'The new figures suggest a slowdown in hiring.',
  ])('%s', (text) => {
    expect(categoryOf(text)).toBe('speculative');
  });
});

describe('findClaims: not flagged', () => {
  it.each([
    ['a fact in the reporter’s own voice', 'The parliament passed the budget on Tuesday by 210 votes to 95.'],
    [
      'an on-record statement',
      'The ministry said in a statement that the delegation would present new maps.',
    ],
    ['a named speaker', 'The minister told a news conference that the talks had made no progress.'],
    ['a named speaker’s hedge', 'The economy could shrink next year, Smith said.'],
    ['a quoted hedge', '“We might still reach a deal,” said Anna Berg, the chief negotiator.'],
    ['a question', 'Could the talks collapse before the summer?'],
    ['a plain plan', 'The minister will visit Kyiv on Monday.'],
    ['a plain conditional', 'If the talks fail, the dispute will go to arbitration.'],
    ['a legal exposure', 'If convicted, he could face up to ten years in prison.'],
    ['an idiom with could', 'The two plans could not differ more.'],
    [
      'a scheduled appearance',
      'Whitcomb, who is expected to join the talks on Thursday, spoke by phone on Monday.',
    ],
    ['an opinion', 'The decision was a shameful betrayal of voters.'],
    ['a month', 'The election was held in May and the results were announced in June.'],
    [
      'a named body’s report',
      'According to a report by the Congressional Budget Office, the deficit will grow.',
    ],
    ['a survey', 'According to a survey of 1,000 people, most voters want change.'],
    ['a first-person speaker', 'We could lower taxes and still balance the budget.'],
    ['a statistical likelihood', 'Older voters were more likely to support the measure.'],
    ['a conditional exposure', 'If it fails, the government could face a confidence vote.'],
    ['a named person’s schedule', 'Whitmore is expected to meet the premier on Tuesday.'],
  ])('%s', (_label, text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it('skips a headline line without final punctuation', () => {
    expect(
      claimsOf('Talks may collapse as ministers trade accusations\n\nThe talks began on Monday.'),
    ).toEqual([]);
  });
});

describe('findClaims: categories, cues and sensitivity', () => {
  it('orders categories unverified > anonymous > secondhand > speculative', () => {
    expect(categoryOf('Officials said the report was unconfirmed.')).toBe('unverified');
    expect(categoryOf('Sources said the minister reportedly resigned.')).toBe('anonymous');
    expect(categoryOf('The ship was reportedly hit and may have sunk.')).toBe('secondhand');
  });

  it('returns the cue words as spans inside the claim', () => {
    const text = 'The fleet is believed to have lost a month of catch, and captains are reportedly angry.';
    const [claim] = claimsOf(text);
    expect(claim).toBeDefined();
    expect(cueTexts(text)).toEqual(['is believed to have', 'reportedly']);
    for (const cue of claim?.cues ?? []) {
      expect(cue.start).toBeGreaterThanOrEqual(claim?.start ?? 0);
      expect(cue.end).toBeLessThanOrEqual(claim?.end ?? 0);
    }
  });

  it('spans the trimmed sentence and keeps claims ordered', () => {
    const text = '  Prices rose.  Sources said more rises were coming. The central bank may act soon.  ';
    const claims = claimsOf(text);
    expect(claims.map((c) => text.slice(c.start, c.end))).toEqual([
      'Sources said more rises were coming.',
      'The central bank may act soon.',
    ]);
  });

  it('strict keeps sourcing problems only; broad adds softer hedges', () => {
    const hedge = 'The storm may have caused the outage.';
    expect(claimsOf(hedge, 'strict')).toEqual([]);
    expect(categoryOf(hedge, 'balanced')).toBe('speculative');
    const soft = 'A possible merger was discussed at the meeting.';
    expect(claimsOf(soft, 'balanced')).toEqual([]);
    expect(categoryOf(soft, 'broad')).toBe('speculative');
    expect(categoryOf('Sources said the plant was closed.', 'strict')).toBe('anonymous');
  });

  it('gives a plain reason for every category', () => {
    expect(claimsOf('Sources said the plant was closed.')[0]?.reason).toBe('Attributed to unnamed sources');
    expect(claimsOf('The plant was reportedly closed.')[0]?.reason).toBe('Relayed from other reports');
    expect(claimsOf('The report could not be verified.')[0]?.reason).toBe(
      'The article says this is unverified or denied',
    );
    expect(claimsOf('The plant is likely to close.')[0]?.reason).toBe('Speculation, not established fact');
  });
});
